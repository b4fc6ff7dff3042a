//! mistake: passed an `Option<usize>` config field as the `buffered` limit
//! offending: cfg.max_in_flight
//! category: type
use futures::stream::{self, StreamExt};

struct Config {
    max_in_flight: Option<usize>,
}

async fn double(id: u32) -> u32 {
    id * 2
}

async fn run(cfg: &Config, ids: &[u32]) -> Vec<u32> {
    stream::iter(ids).map(|id| double(*id)).buffered(cfg.max_in_flight).collect().await
}

fn main() {
    let cfg = Config { max_in_flight: Some(4) };
    println!("{:?}", futures::executor::block_on(run(&cfg, &[1, 2])));
}
