//! mistake: returns a lazy `acomp!` over a borrowed slice as `impl Stream` without `+ '_` (edition 2021 does not capture the lifetime)
//! offending: impl Stream<Item = usize>
//! category: ownership
use comprehensions::acomp;
use comprehensions::StreamExt;
use futures::stream::Stream;

async fn fetch_len(url: &str) -> usize {
    url.len()
}

fn sizes(urls: &[String]) -> impl Stream<Item = usize> {
    acomp!((fetch_len(u).await for u in urls))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.com".to_string(), "bb.org".to_string()];
    let v: Vec<usize> = sizes(&urls).collect().await;
    println!("{v:?}");
}
