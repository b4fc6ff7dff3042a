//! mistake: asked the sync `comp!` for `concurrency = 8` over a blocking fetch, expecting a thread pool
//! offending: concurrency = 8
//! category: async
use comprehensions::comp;

fn fetch_blocking(url: &str) -> String {
    std::thread::sleep(std::time::Duration::from_millis(5));
    format!("<html>{url}</html>")
}

fn main() {
    let urls: Vec<String> = (1..=10).map(|i| format!("https://example.com/p/{i}")).collect();
    let bodies = comp![fetch_blocking(u) for u in &urls; concurrency = 8];
    println!("{} bodies", bodies.len());
}
