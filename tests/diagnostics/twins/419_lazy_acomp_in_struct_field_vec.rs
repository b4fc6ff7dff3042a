//! offending: stream::iter(&urls).map(|u| fetch(u)).buffered(3)
use futures::stream::{self, StreamExt};

struct Crawl {
    pages: Vec<String>,
}

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "b".to_string()];
    let c = Crawl { pages: stream::iter(&urls).map(|u| fetch(u)).buffered(3) };
    println!("{}", c.pages.len());
}
