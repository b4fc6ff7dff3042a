//! mistake: Python's `u not in visited` against a `HashMap` of crawled pages
//! offending: not in
//! category: python-habit
use comprehensions::acomp;
use std::collections::HashMap;

async fn crawl(url: &str) -> usize {
    url.len()
}

async fn run() {
    let mut visited: HashMap<String, usize> = HashMap::new();
    visited.insert("http://a".to_string(), 1);
    let frontier = vec!["http://a".to_string(), "http://b".to_string()];
    let sizes = acomp![crawl(u).await for u in &frontier if u not in visited];
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run());
}
