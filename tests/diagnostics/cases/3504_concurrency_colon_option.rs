//! mistake: wrote the option as `concurrency: 8`, like a dict entry, instead of `concurrency = 8`
//! offending: concurrency: 8
//! category: syntax
use comprehensions::acomp;
use std::time::Duration;

async fn probe(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    !url.ends_with("/down")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a/health".to_string(), "https://b/down".to_string()];
    let up: Vec<bool> = acomp![probe(u).await for u in &urls; concurrency: 8];
    println!("{up:?}");
}
