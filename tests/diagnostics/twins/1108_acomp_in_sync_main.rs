//! mistake: an eager acomp! in a plain fn main, as if Python's asyncio.run were implied
//! offending: .await
//! category: async
async fn fetch(url: &str) -> usize {
    url.len()
}

fn main() {
    let urls = vec!["a.org", "bb.org"];
    let mut sizes = Vec::new();
    for u in &urls {
        sizes.push(fetch(u).await);
    }
    println!("{sizes:?}");
}
