//! mistake: passed a `u32` crawler setting as `concurrency = N`, which takes a `usize`
//! offending: buffered(max_in_flight)
//! category: async
use futures::StreamExt;
use std::time::Duration;

struct CrawlConfig {
    max_in_flight: u32,
}

async fn fetch_page(url: &str) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("<html><title>{url}</title><body>inverted index</body></html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = CrawlConfig { max_in_flight: 8 };
    let max_in_flight = cfg.max_in_flight;
    let urls: Vec<String> = (0..20).map(|i| format!("https://example.org/doc/{i}")).collect();
    let pages: Vec<String> = futures::stream::iter(&urls)
        .map(|u| fetch_page(u))
        .buffered(max_in_flight)
        .collect()
        .await;
    println!("{} pages", pages.len());
}
