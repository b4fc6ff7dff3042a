//! mistake: a stream of `Result<String, _>` returned as `impl Stream<Item = String>` (hand-written)
//! offending: futures::stream::iter(urls).then(fetch)
use futures::{Stream, StreamExt};

async fn fetch(url: String) -> Result<String, std::io::Error> {
    Ok(format!("<p>{url}</p>"))
}

fn pages(urls: Vec<String>) -> impl Stream<Item = String> {
    futures::stream::iter(urls).then(fetch)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let all: Vec<String> = pages(vec!["/a".into()]).collect().await;
    println!("{all:?}");
}
