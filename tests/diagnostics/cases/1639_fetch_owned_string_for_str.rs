//! mistake: an owned `String` loop variable passed where `fetch` takes `&str` (Python has one string type)
//! offending: fetch(u)
//! category: type
use comprehensions::acomp;
use std::time::Duration;

async fn fetch(url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls: Vec<String> = vec!["/a".into(), "/bb".into()];
    let sizes = acomp![fetch(u).await for u in urls; concurrency = 4];
    println!("{sizes:?}");
}
