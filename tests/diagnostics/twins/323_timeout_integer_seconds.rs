//! mistake: `timeout(5, ..)` with seconds as an integer (hand-written)
use tokio::time::timeout;

async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut pages = Vec::new();
    for u in &urls {
        pages.push(timeout(5, fetch(u)).await.ok());
    }
    println!("{pages:?}");
}
