//! mistake: wraps an awaited `acomp!` in `join_all`, translating `await asyncio.gather(*[await f(u) ..])` piece by piece (the items are already values)
//! offending: fetched
//! category: python-habit
use futures::future::join_all;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com", "b.org"];
    let mut fetched = Vec::new();
    for u in &urls {
        fetched.push(fetch(u).await);
    }
    let sizes = join_all(fetched).await;
    println!("{sizes:?}");
}
