//! mistake: returning a lazy `acomp!` stream with `concurrency` that uses a parameter, without the leading `move`
//! offending: acomp!((fetch(&base, id).await for id in ids; concurrency = 4))
//! category: async
use comprehensions::acomp;
use futures::{Stream, StreamExt};

async fn fetch(base: &str, id: u32) -> String {
    format!("{base}/{id}")
}

fn fetch_all(base: String, ids: Vec<u32>) -> impl Stream<Item = String> {
    acomp!((fetch(&base, id).await for id in ids; concurrency = 4))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let pages: Vec<String> = fetch_all("https://a.org".into(), vec![1, 2]).collect().await;
    println!("{pages:?}");
}
