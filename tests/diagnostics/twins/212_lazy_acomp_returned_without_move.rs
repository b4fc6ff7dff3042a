//! mistake: returning a `buffered` stream whose closure borrows a parameter, without `move` (hand-written)
//! offending: stream::iter(ids).map(|id| fetch(&base, id)).buffered(4)
use futures::stream::{self, Stream, StreamExt};

async fn fetch(base: &str, id: u32) -> String {
    format!("{base}/{id}")
}

fn fetch_all(base: String, ids: Vec<u32>) -> impl Stream<Item = String> {
    stream::iter(ids).map(|id| fetch(&base, id)).buffered(4)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages: Vec<String> = fetch_all("https://a.org".into(), vec![1, 2]).collect().await;
    println!("{pages:?}");
}
