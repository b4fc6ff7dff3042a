//! mistake: asked the sync iterator for `buffered(8)` over a blocking fetch, expecting a thread pool
//! offending: buffered(8)
//! category: async
use futures::StreamExt;

fn fetch_blocking(url: &str) -> String {
    std::thread::sleep(std::time::Duration::from_millis(5));
    format!("<html>{url}</html>")
}

fn main() {
    let urls: Vec<String> = (1..=10).map(|i| format!("https://example.com/p/{i}")).collect();
    let bodies: Vec<String> = urls.iter().map(|u| fetch_blocking(u)).buffered(8).collect();
    println!("{} bodies", bodies.len());
}
