//! mistake: `concurrency = n` with `n: u32` read from the config (the limit is a `usize`)
//! offending: cfg.max_parallel
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_parallel: u32,
}

async fn check(url: &str) -> bool {
    tokio::time::sleep(Duration::from_millis(2)).await;
    url.starts_with("https")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_parallel: 4 };
    let urls = vec!["https://a", "http://b"];
    let ok = acomp![(u, check(u).await) for u in &urls; concurrency = cfg.max_parallel];
    println!("{ok:?}");
}
