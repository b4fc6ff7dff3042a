//! mistake: a `seen.insert(..)` dedupe filter in the `if` clause after the last `for`, which runs inside every concurrent item
//! offending: seen
//! category: ownership
use comprehensions::acomp;
use std::collections::HashSet;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(1)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io", "a.io"];
    let mut seen = HashSet::new();
    let sizes = acomp![fetch(u).await for u in &urls if seen.insert(*u); concurrency = 2];
    println!("{sizes:?}");
}
