//! mistake: gave `concurrency` a `u32` rate limit from the config instead of a `usize`
//! offending: cfg.max_in_flight
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Config {
    max_in_flight: u32,
}

async fn citation_count(doi: &str) -> u32 {
    tokio::time::sleep(Duration::from_millis(4)).await;
    doi.len() as u32
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { max_in_flight: 4 };
    let dois = vec!["10.1038/nature14539", "10.1145/3065386", "10.1126/science.aaa8415"];
    let counts = acomp![citation_count(d).await for d in &dois; concurrency = cfg.max_in_flight];
    println!("{counts:?}");
}
