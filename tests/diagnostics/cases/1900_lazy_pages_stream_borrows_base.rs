//! mistake: returned a lazy `acomp!((..))` page stream that uses the `base` parameter, without `move` (a Python generator keeps its arguments alive)
//! offending: (fetch(format!("{base}/page/{i}")).await for i in 0..n)
//! category: ownership
use comprehensions::acomp;
use futures::{Stream, StreamExt};

async fn fetch(url: String) -> usize {
    url.len()
}

fn pages(base: String, n: u32) -> impl Stream<Item = usize> {
    acomp!((fetch(format!("{base}/page/{i}")).await for i in 0..n))
}

fn main() {
    let sizes: Vec<usize> = futures::executor::block_on(pages("https://api".into(), 3).collect());
    println!("{sizes:?}");
}
