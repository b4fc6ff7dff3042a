//! mistake: `p.await` on the items of a `.then(..)` stream (hand-written)
use futures::{stream, StreamExt};

async fn fetch(u: &'static str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org"];
    let mut pages = Box::pin(stream::iter(urls.clone()).then(fetch));
    let mut sizes = Vec::new();
    while let Some(p) = pages.next().await {
        sizes.push(p.await);
    }
    println!("{sizes:?} {urls:?}");
}
