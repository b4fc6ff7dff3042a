//! mistake: `.collect::<Vec<_>>()` on a buffered stream without `.await`, then `.len()` on the result as on a list
//! offending: len()
//! category: async
use futures::{stream, StreamExt};
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(2)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "bb.io", "ccc.io"];
    let sizes = stream::iter(&urls).map(|u| fetch(u)).buffered(3).collect::<Vec<_>>();
    println!("{} pages", sizes.len());
}
