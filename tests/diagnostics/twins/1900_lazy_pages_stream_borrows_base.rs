//! mistake: returned a lazy `acomp!((..))` page stream that uses the `base` parameter, without `move` (a Python generator keeps its arguments alive)
//! offending: |i| fetch(format!("{base}/page/{i}"))
//! category: ownership
use futures::{Stream, StreamExt};

async fn fetch(url: String) -> usize {
    url.len()
}

fn pages(base: String, n: u32) -> impl Stream<Item = usize> {
    futures::stream::iter(0..n).then(|i| fetch(format!("{base}/page/{i}")))
}

fn main() {
    let sizes: Vec<usize> = futures::executor::block_on(pages("https://api".into(), 3).collect());
    println!("{sizes:?}");
}
