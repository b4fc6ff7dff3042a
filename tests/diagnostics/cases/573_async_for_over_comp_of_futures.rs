//! mistake: crawler: a list of unawaited futures built with `comp!`, then `async for` over that `Vec` (Python's `tasks = [fetch(u) ..]; [p async for p in tasks]`)
//! offending: pending
//! category: async
use comprehensions::{acomp, comp};

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/bb"];
    let pending = comp![fetch(u) for u in &urls];
    let sizes = acomp![p async for p in pending];
    println!("{sizes:?}");
}
