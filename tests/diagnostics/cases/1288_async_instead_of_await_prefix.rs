//! mistake: `async` typed instead of the prefix `await` of Python's `[await fetch(u) for u in urls]`
//! offending: async fetch(u)
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io"];
    let sizes = acomp![async fetch(u) for u in &urls];
    println!("{sizes:?}");
}
