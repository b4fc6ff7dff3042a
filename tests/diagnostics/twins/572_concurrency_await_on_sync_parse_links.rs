//! mistake: crawler: `.await` on the synchronous `parse_links(..)` (hand-written)
use futures::StreamExt;

async fn fetch(url: &str) -> String {
    format!("<a href=\"{url}/next\">")
}

fn parse_links(body: &str) -> Vec<String> {
    body.split('"').skip(1).step_by(2).map(String::from).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let links: Vec<Vec<String>> = futures::stream::iter(&urls)
        .map(|u| async move { parse_links(&fetch(u).await).await })
        .buffered(4)
        .collect()
        .await;
    println!("{links:?}");
}
