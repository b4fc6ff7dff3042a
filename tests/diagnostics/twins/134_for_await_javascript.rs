//! mistake: JavaScript's `for await x in s` instead of `async for` (hand-written)
use futures::stream::{self, StreamExt};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec!["open", "close"]);
    let mut names = Vec::new();
    for await e in events {
        names.push(e.to_uppercase());
    }
    println!("{names:?}");
}
