//! mistake: calling `.next()` on a lazy `acomp!` stream bound without `mut`
//! offending: events
//! category: async
use comprehensions::acomp;
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = acomp!((e.to_uppercase() async for e in stream::iter(["open", "close"])));
    let first = events.next().await;
    println!("{first:?}");
}
