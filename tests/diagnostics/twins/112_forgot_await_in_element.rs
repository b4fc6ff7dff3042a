//! mistake: calling an async fn in the element without `.await` (Python's missing `await`) (hand-written)
async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut pages: Vec<String> = Vec::new();
    for u in &urls {
        pages.push(fetch(u));
    }
    println!("{}", pages.len());
}
