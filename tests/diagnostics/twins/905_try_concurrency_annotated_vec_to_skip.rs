//! mistake: `?` in a stream's closure collected into `Vec<Page>`, meant to skip failed fetches
//! offending: ?
//! category: try
use futures::stream::{self, StreamExt};

#[derive(Debug)]
struct Page {
    len: usize,
}

async fn fetch(url: &str) -> Result<Page, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(Page { len: url.len() }) }
}

async fn run(urls: &[&str]) {
    let pages: Vec<Page> = stream::iter(urls).map(|u| async move { fetch(u).await? }).buffered(4).collect().await;
    println!("{pages:?}");
}

fn main() {
    futures::executor::block_on(run(&["a", ""]));
}
