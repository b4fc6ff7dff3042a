//! mistake: Python's `and` in the health filter (`if p.status == 200 and p.ms < 500`)
//! offending: and
//! category: python-habit
use comprehensions::acomp;

struct Probe {
    host: String,
    status: u16,
    ms: u32,
}

async fn probe(host: &str) -> Probe {
    Probe { host: host.to_string(), status: 200, ms: host.len() as u32 * 100 }
}

async fn run() {
    let hosts = vec!["db", "cache"];
    let healthy = acomp![p.host for h in &hosts let p = probe(h).await if p.status == 200 and p.ms < 500];
    println!("{healthy:?}");
}

fn main() {
    futures::executor::block_on(run());
}
