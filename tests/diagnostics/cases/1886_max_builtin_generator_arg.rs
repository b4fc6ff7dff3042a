//! mistake: Python's builtin `max(ms for ms in await samples(h))` for the worst latency per host
//! offending: max(ms for ms in samples(h).await)
//! category: python-habit
use comprehensions::acomp;

async fn samples(host: &str) -> Vec<u32> {
    vec![host.len() as u32, 40, 12]
}

async fn run() {
    let hosts = vec!["db", "cache"];
    let worst = acomp![(h, max(ms for ms in samples(h).await)) for h in &hosts];
    println!("{worst:?}");
}

fn main() {
    futures::executor::block_on(run());
}
