//! mistake: `concurrency = cfg.workers` where the config field is an `Option<usize>`
//! offending: cfg.workers
//! category: async
use comprehensions::acomp;

struct Config {
    workers: Option<usize>,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { workers: Some(4) };
    let urls = vec!["https://a", "https://b"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = cfg.workers];
    println!("{sizes:?}");
}
