//! mistake: struct update syntax `..base` moves base's String field into the first element, then again for the next
//! offending: ..base
//! category: ownership
#[derive(Debug)]
struct ServerConfig {
    host: String,
    port: u16,
    tls: bool,
}

fn main() {
    let base = ServerConfig { host: "0.0.0.0".into(), port: 80, tls: false };
    let mut servers = Vec::new();
    for p in [8080, 8081, 8443] {
        servers.push(ServerConfig { port: p, ..base });
    }
    println!("{servers:?}");
}
