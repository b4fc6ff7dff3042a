//! mistake: asyncio.gather(*[fetch(u) for u in urls]) translated without awaiting the element
//! offending: fetch(u)
//! category: async
use futures::StreamExt;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org", "c.org"];
    let pages: Vec<String> = futures::stream::iter(&urls)
        .map(|u| async move { fetch(u) })
        .buffered(2)
        .collect()
        .await;
    println!("{}", pages.len());
}
