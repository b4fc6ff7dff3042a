//! mistake: `.collect::<Vec<_>>()` on a lazy concurrent stream without `.await`, then `.len()` on the result as on a list
//! offending: len()
//! category: async
use comprehensions::{acomp, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(2)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io", "ccc.io"];
    let sizes = acomp!((fetch(u).await for u in &urls); concurrency = 3).collect::<Vec<_>>();
    println!("{} pages", sizes.len());
}
