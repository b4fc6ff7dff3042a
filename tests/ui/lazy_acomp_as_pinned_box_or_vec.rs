use comprehensions::acomp;
use futures::Stream;
use std::pin::Pin;

async fn fetch(url: String) -> usize {
    url.len()
}

fn sizes(urls: Vec<String>) -> Pin<Box<dyn Stream<Item = usize>>> {
    acomp!(move (fetch(u).await for u in urls))
}

struct Crawl {
    pages: Vec<usize>,
}

async fn crawl(urls: Vec<String>) -> Crawl {
    // Python: Crawl(pages=[await fetch(u) for u in urls]), with parentheses.
    Crawl { pages: acomp!((fetch(u).await for u in urls)) }
}

fn main() {
    let _ = (sizes(Vec::new()), crawl(Vec::new()));
}
