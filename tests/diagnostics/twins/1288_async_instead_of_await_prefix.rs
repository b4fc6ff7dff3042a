//! mistake: `async` typed before the call instead of `.await` after it
//! offending: async fetch(u)
//! category: syntax
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io"];
    let mut sizes = Vec::new();
    for u in &urls {
        sizes.push(async fetch(u));
    }
    println!("{sizes:?}");
}
