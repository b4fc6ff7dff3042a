//! mistake: the concurrency limit comes from a `u32` config field, where a `usize` is expected
//! offending: cfg.max_inflight
//! category: type
use comprehensions::acomp;

struct Config {
    max_inflight: u32,
}

async fn ping(host: &str) -> bool {
    !host.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_inflight: 8 };
    let hosts = vec!["db", "cache", ""];
    let up = acomp![ping(h).await for h in &hosts; concurrency = cfg.max_inflight];
    println!("{up:?}");
}
