//! mistake: returns a lazy `acomp!` over a borrowed slice as `impl Stream` without `+ '_` (edition 2021 does not capture the lifetime)
//! offending: impl Stream<Item = usize>
//! category: ownership
use futures::stream::{self, Stream, StreamExt};

async fn fetch_len(url: &str) -> usize {
    url.len()
}

fn sizes(urls: &[String]) -> impl Stream<Item = usize> {
    stream::iter(urls).then(|u| fetch_len(u))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com".to_string(), "bb.org".to_string()];
    let v: Vec<usize> = sizes(&urls).collect().await;
    println!("{v:?}");
}
