//! mistake: an eager `acomp!` in a plain (non-async) `fn main` (hand-written)
//! offending: .await
async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

fn main() {
    let urls = ["a.org", "b.org"];
    let mut pages = Vec::new();
    for u in urls {
        pages.push(fetch(u).await);
    }
    println!("{pages:?}");
}
