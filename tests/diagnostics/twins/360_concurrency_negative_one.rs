//! mistake: `buffered(-1)` meaning "no limit" (hand-written)
use futures::StreamExt;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org", "ccc.org"];
    let sizes: Vec<usize> = futures::stream::iter(&urls).map(|u| fetch(u)).buffered(-1).collect().await;
    println!("{sizes:?}");
}
