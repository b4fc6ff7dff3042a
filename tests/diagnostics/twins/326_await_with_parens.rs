//! mistake: `.await()` called like a method (hand-written)
async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut sizes = Vec::new();
    for u in &urls {
        sizes.push(fetch(u).await().len());
    }
    println!("{sizes:?}");
}
