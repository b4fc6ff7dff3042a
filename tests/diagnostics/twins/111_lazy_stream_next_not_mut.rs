//! mistake: calling `.next()` on a lazy `acomp!` stream bound without `mut` (hand-written)
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(["open", "close"]).map(|e| e.to_uppercase());
    let first = events.next().await;
    println!("{first:?}");
}
