//! mistake: `if let Some(ip) = lookup(h)` on an async fn's future without `.await`
//! offending: lookup(h)
//! category: async
use comprehensions::acomp;

async fn lookup(host: &str) -> Option<String> {
    if host.contains('.') { Some(format!("10.0.0.{}", host.len())) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hosts = vec!["db.internal", "localhost", "cache.internal"];
    // Python: ips = [ip for h in hosts if (ip := await lookup(h)) is not None]
    let ips: Vec<String> = acomp![ip for h in &hosts if let Some(ip) = lookup(h)];
    println!("{:?}", ips);
}
