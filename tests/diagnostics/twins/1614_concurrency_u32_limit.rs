//! mistake: a `u32` connection limit from the config passed as `concurrency`, which is a `usize`
//! offending: buffered(limit)
//! category: async
use futures::stream::{self, StreamExt};

struct Config {
    max_conns: u32,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run(cfg: Config, urls: Vec<&str>) {
    let limit = cfg.max_conns;
    let sizes: Vec<usize> = stream::iter(urls).map(fetch).buffered(limit).collect().await;
    println!("{sizes:?}");
}

fn main() {
    futures::executor::block_on(run(Config { max_conns: 4 }, vec!["a", "bb"]));
}
