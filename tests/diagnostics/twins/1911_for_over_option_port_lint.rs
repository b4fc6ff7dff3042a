//! mistake: iterated an optional configured port with `for` (Python's `for port in cfg.get("ports", [])` where the value is one optional port)
//! offending: port in config_port()
//! category: lint
fn config_port() -> Option<u16> {
    Some(8080)
}

async fn probe(host: &str, port: u16) -> bool {
    !host.is_empty() && port > 0
}

async fn run() {
    let hosts = vec!["db", "cache"];
    let mut up = Vec::new();
    for h in &hosts {
        for port in config_port() {
            up.push(probe(h, port).await);
        }
    }
    println!("{up:?}");
}

fn main() {
    futures::executor::block_on(run());
}
