//! mistake: iterated an optional configured port with `for` (Python's `for port in cfg.get("ports", [])` where the value is one optional port)
//! offending: port in config_port()
//! category: lint
use comprehensions::acomp;

fn config_port() -> Option<u16> {
    Some(8080)
}

async fn probe(host: &str, port: u16) -> bool {
    !host.is_empty() && port > 0
}

async fn run() {
    let hosts = vec!["db", "cache"];
    let up = acomp![probe(h, port).await for h in &hosts for port in config_port()];
    println!("{up:?}");
}

fn main() {
    futures::executor::block_on(run());
}
