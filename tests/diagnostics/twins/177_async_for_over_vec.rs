//! mistake: polling a plain `Vec` as a stream with `StreamExt::next` (hand-written)
//! offending: urls.next()
use futures::StreamExt;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut urls = vec!["a.org", "b.org"];
    let mut sizes = Vec::new();
    while let Some(u) = urls.next().await {
        sizes.push(fetch(u).await);
    }
    println!("{sizes:?}");
}
