//! mistake: a loop over `&urls` inside `tokio::spawn(async { .. })` (hand-written)
async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org".to_string(), "b.org".to_string()];
    let handle = tokio::spawn(async {
        let mut sizes = Vec::new();
        for u in &urls {
            sizes.push(fetch(u).await);
        }
        sizes
    });
    println!("{:?}", handle.await.unwrap());
}
