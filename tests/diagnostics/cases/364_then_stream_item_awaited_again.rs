//! mistake: `p.await` on the items of a `.then(..)` stream, which are already the awaited results
//! offending: p.await
//! category: async
use comprehensions::acomp;
use futures::{stream, StreamExt};

async fn fetch(u: &'static str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let sizes = acomp![p.await async for p in stream::iter(urls.clone()).then(fetch)];
    println!("{sizes:?} {urls:?}");
}
