//! mistake: passed a `u32` config value as the concurrency limit, which must be a `usize`
//! offending: max_in_flight
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_in_flight: u32,
}

async fn probe(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    !url.ends_with("/down")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_in_flight: 4 };
    let urls = vec!["https://a/health".to_string(), "https://b/down".to_string()];
    let up: Vec<bool> = acomp![probe(u).await for u in &urls; concurrency = cfg.max_in_flight];
    println!("{up:?}");
}
