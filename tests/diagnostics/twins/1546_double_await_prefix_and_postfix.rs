//! mistake: half-converted from Python: both the prefix `await` and the postfix `.await`
//! offending: fetch(u).await.await
//! category: syntax
async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.io", "b.io"];
    let mut pages = Vec::new();
    for u in &urls {
        pages.push(fetch(u).await.await);
    }
    println!("{pages:?}");
}
