//! mistake: an async generator with `?` yields `Result`s, but each item is used as the fetched `String`
//! offending: len()
//! category: try
use comprehensions::{acomp, StreamExt};

#[derive(Debug)]
struct FetchError;

async fn fetch(id: u32) -> Result<String, FetchError> {
    if id == 0 { Err(FetchError) } else { Ok(format!("page {id}")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1u32, 2, 3];
    let mut pages = acomp!((fetch(id).await? for id in ids));
    let mut total = 0;
    while let Some(page) = pages.next().await {
        total += page.len();
    }
    println!("{total}");
}
