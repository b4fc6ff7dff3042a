//! mistake: passed the config's `u32` worker count as `concurrency = cfg.max_parallel` (it takes a `usize`)
//! offending: cfg.max_parallel
//! category: async
use comprehensions::acomp;

struct Config {
    max_parallel: u32,
}

async fn ping(host: &str) -> bool {
    !host.is_empty()
}

async fn health(cfg: &Config, hosts: &[String]) -> Vec<bool> {
    acomp![ping(h).await for h in hosts; concurrency = cfg.max_parallel]
}

fn main() {
    let cfg = Config { max_parallel: 8 };
    println!("{:?}", futures::executor::block_on(health(&cfg, &["db".to_string()])));
}
