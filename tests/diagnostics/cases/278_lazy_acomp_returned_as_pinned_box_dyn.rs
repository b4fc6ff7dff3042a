//! mistake: returning a lazy async comprehension as `Pin<Box<dyn Stream<Item = usize>>>` without `Box::pin`
//! offending: acomp!(move (fetch(u).await for u in urls))
//! category: type
use comprehensions::acomp;
use futures::{Stream, StreamExt};
use std::pin::Pin;

async fn fetch(url: String) -> usize {
    url.len()
}

fn sizes(urls: Vec<String>) -> Pin<Box<dyn Stream<Item = usize>>> {
    acomp!(move (fetch(u).await for u in urls))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<usize> = sizes(vec!["/a".into()]).collect().await;
    println!("{all:?}");
}
