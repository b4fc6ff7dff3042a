//! mistake: a stream of fetch `Result`s, but each item is used as the fetched `String`
//! offending: len()
//! category: try
use futures::{stream, StreamExt};

#[derive(Debug)]
struct FetchError;

async fn fetch(id: u32) -> Result<String, FetchError> {
    if id == 0 { Err(FetchError) } else { Ok(format!("page {id}")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let mut pages = Box::pin(stream::iter(ids).then(fetch));
    let mut total = 0;
    while let Some(page) = pages.next().await {
        total += page.len();
    }
    println!("{total}");
}
