//! mistake: `.await` written twice on the same call, `fetch(u).await.await` (hand-written)
//! offending: fetch(u).await.await
async fn fetch(url: &str) -> String {
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    format!("<html>{url}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut pages = Vec::new();
    for u in &urls {
        pages.push(fetch(u).await.await);
    }
    println!("{pages:?}");
}
