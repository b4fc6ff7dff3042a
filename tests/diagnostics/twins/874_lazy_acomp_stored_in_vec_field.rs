//! mistake: a stream is stored in a `Vec<u32>` field (the collect was forgotten)
//! offending: stream::iter(hosts).then(|h| latency(h))
//! category: type
use futures::stream::{self, StreamExt};

struct Report {
    latencies: Vec<u32>,
}

async fn latency(host: &str) -> u32 {
    host.len() as u32
}

async fn build(hosts: &[&str]) -> Report {
    Report { latencies: stream::iter(hosts).then(|h| latency(h)) }
}

fn main() {
    let r = futures::executor::block_on(build(&["a", "bb"]));
    println!("{:?}", r.latencies);
}
