//! mistake: the concurrency limit is an `i32` read from a config struct, but `concurrency = N` takes a `usize`
//! offending: cfg.limit
//! category: type
use comprehensions::acomp;

struct Config {
    limit: i32,
}

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run(cfg: &Config, urls: &[String]) -> Vec<usize> {
    acomp![fetch(u).await for u in urls; concurrency = cfg.limit]
}

fn main() {
    let cfg = Config { limit: 4 };
    let urls = vec!["a".to_string(), "bb".to_string()];
    println!("{:?}", futures::executor::block_on(run(&cfg, &urls)));
}
