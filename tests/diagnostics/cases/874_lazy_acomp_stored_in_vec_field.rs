//! mistake: a lazy `acomp!((..))` is stored in a `Vec<u32>` field (parentheses where brackets were meant)
//! offending: acomp!((latency(h).await for h in hosts))
//! category: type
use comprehensions::acomp;

struct Report {
    latencies: Vec<u32>,
}

async fn latency(host: &str) -> u32 {
    host.len() as u32
}

async fn build(hosts: &[&str]) -> Report {
    Report { latencies: acomp!((latency(h).await for h in hosts)) }
}

fn main() {
    let r = futures::executor::block_on(build(&["a", "bb"]));
    println!("{:?}", r.latencies);
}
