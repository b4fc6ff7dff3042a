//! mistake: `buffered(N)` over futures that produce futures, the inner `.await` forgotten (hand-written)
//! offending: fetch(u)
use futures::stream::{self, StreamExt};

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = stream::iter(&urls).map(|u| async move { fetch(u) }).buffered(4).collect().await;
    println!("{}", pages.join("\n"));
}
