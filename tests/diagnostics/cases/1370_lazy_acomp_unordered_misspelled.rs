//! mistake: the `unordered` option misspelled `unorderd` on a lazy concurrent stream
//! offending: unorderd
//! category: syntax
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn ping(host: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(3)).await;
    host.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["a.example", "bb.example", "ccc.example"];
    let mut replies = acomp!((ping(h).await for h in &hosts); concurrency = 2, unorderd);
    while let Some(r) = replies.next().await {
        println!("{r}");
    }
}
