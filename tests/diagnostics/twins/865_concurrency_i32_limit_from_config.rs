//! mistake: the concurrency limit is an `i32` read from a config struct, but `buffered(n)` takes a `usize`
//! offending: cfg.limit
//! category: type
use futures::stream::{self, StreamExt};

struct Config {
    limit: i32,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run(cfg: &Config, urls: &[String]) -> Vec<usize> {
    stream::iter(urls).map(|u| fetch(u)).buffered(cfg.limit).collect().await
}

fn main() {
    let cfg = Config { limit: 4 };
    let urls = vec!["a".to_string(), "bb".to_string()];
    println!("{:?}", futures::executor::block_on(run(&cfg, &urls)));
}
