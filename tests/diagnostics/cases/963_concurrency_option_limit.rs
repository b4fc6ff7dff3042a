//! mistake: passed an `Option<usize>` config field as `concurrency = N`
//! offending: cfg.max_in_flight
//! category: type
use comprehensions::acomp;

struct Config {
    max_in_flight: Option<usize>,
}

async fn double(id: u32) -> u32 {
    id * 2
}

async fn run(cfg: &Config, ids: &[u32]) -> Vec<u32> {
    acomp![double(*id).await for id in ids; concurrency = cfg.max_in_flight]
}

fn main() {
    let cfg = Config { max_in_flight: Some(4) };
    println!("{:?}", futures::executor::block_on(run(&cfg, &[1, 2])));
}
