//! mistake: Python's builtin `max(ms for ms in await samples(h))` for the worst latency per host
//! offending: max(samples(h).await.into_iter())
//! category: python-habit
async fn samples(host: &str) -> Vec<u32> {
    vec![host.len() as u32, 40, 12]
}

async fn run() {
    let hosts = vec!["db", "cache"];
    let mut worst = Vec::new();
    for h in &hosts {
        worst.push((h, max(samples(h).await.into_iter())));
    }
    println!("{worst:?}");
}

fn main() {
    futures::executor::block_on(run());
}
