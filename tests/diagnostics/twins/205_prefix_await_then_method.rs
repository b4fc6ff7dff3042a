//! mistake: calling `.len()` on the future before `.await` (hand-written)
//! offending: fetch(u).len().await
async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let mut sizes = Vec::new();
    for u in &urls {
        sizes.push(fetch(u).len().await);
    }
    println!("{sizes:?}");
}
