//! mistake: the futures are returned from each item without `.await`, expecting `buffered` to await them
//! offending: fetch(u)
//! category: python-habit
use futures::stream::{self, StreamExt};

async fn fetch(url: &str) -> String {
    format!("<{url}>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a", "b"];
    let pages: Vec<String> = stream::iter(&urls).map(|u| async move { fetch(u) }).buffered(4).collect().await;
    println!("{pages:?}");
}
