//! mistake: pushing `fetch(u).await.trim()` into an outer `Vec<&str>` (hand-written)
async fn fetch(url: &str) -> String {
    format!("  <p>{url}</p>  ")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let mut bodies: Vec<&str> = Vec::new();
    for u in &urls {
        bodies.push(fetch(u).await.trim());
    }
    println!("{bodies:?}");
}
