//! mistake: `.collect().await` on a `buffered` stream with nothing telling `collect` which collection (hand-written)
use futures::StreamExt;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org", "ccc.org"];
    let sizes = futures::stream::iter(&urls).map(|u| fetch(u)).buffered(2).collect().await;
    println!("{sizes:?}");
}
