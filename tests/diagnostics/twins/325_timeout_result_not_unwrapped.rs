//! mistake: a `timeout(..).await` (a `Result<String, Elapsed>`) pushed into a `Vec<String>` (hand-written)
use std::time::Duration;
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut pages: Vec<String> = Vec::new();
    for u in &urls {
        pages.push(timeout(Duration::from_secs(5), fetch(u)).await);
    }
    println!("{pages:?}");
}
