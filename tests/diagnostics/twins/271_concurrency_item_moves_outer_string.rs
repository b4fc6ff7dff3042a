//! mistake: `buffered(4)` over futures that each move the outer `token: String` (hand-written)
use futures::StreamExt;

async fn get(token: String, url: &str) -> usize {
    token.len() + url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token = String::from("secret");
    let urls = vec!["/a", "/b"];
    let sizes: Vec<usize> = futures::stream::iter(&urls).map(|u| get(token, u)).buffered(4).collect().await;
    println!("{sizes:?}");
}
