//! mistake: `join_all(stream.map(fetch))`: join_all takes an iterator of futures, not a stream
//! offending: futures::stream::iter(&urls).map(|u| fetch(u))
//! category: async
use futures::future::join_all;
use futures::StreamExt;

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://bb.example".to_string()];
    let sizes: Vec<usize> = join_all(futures::stream::iter(&urls).map(|u| fetch(u))).await;
    println!("{sizes:?}");
}
