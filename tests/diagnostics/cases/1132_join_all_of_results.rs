//! mistake: wraps an awaited `acomp!` in `join_all`, translating `await asyncio.gather(*[await f(u) ..])` piece by piece (the items are already values)
//! offending: acomp![fetch(u).await for u in &urls]
//! category: python-habit
use comprehensions::acomp;
use futures::future::join_all;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let sizes = join_all(acomp![fetch(u).await for u in &urls]).await;
    println!("{sizes:?}");
}
