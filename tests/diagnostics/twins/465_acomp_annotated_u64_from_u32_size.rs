//! mistake: eager acomp annotated Vec<u64> but the async fn returns u32 (Python ints have no width)
//! offending: content_length(u).await
//! category: async

async fn content_length(url: &str) -> u32 {
    url.len() as u32 * 100
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example", "https://b.example"];
    let mut sizes: Vec<u64> = Vec::new();
    for u in &urls {
        sizes.push(content_length(u).await);
    }
    let total: u64 = sizes.iter().sum();
    println!("{total}");
}
