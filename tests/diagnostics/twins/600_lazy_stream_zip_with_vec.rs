//! mistake: `StreamExt::zip` of a stream with a `Vec` (hand-written)
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = vec!["alice", "bob"];
    let scores = stream::iter(vec![70, 85]);
    let pairs: Vec<(u32, &str)> = scores.map(|s| s + 5).zip(names).collect().await;
    println!("{pairs:?}");
}
