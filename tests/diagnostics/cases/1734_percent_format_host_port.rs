//! mistake: Python's `"%s:%d" % (host, port)` string formatting for each upstream address
//! offending: "%s:%d" % (s.host.as_str(), s.port)
//! category: python-habit
use comprehensions::comp;

struct Server {
    host: String,
    port: u16,
}

fn main() {
    let servers = vec![
        Server { host: "10.0.0.1".to_string(), port: 8080 },
        Server { host: "10.0.0.2".to_string(), port: 8081 },
    ];
    let upstreams: Vec<String> = comp!["%s:%d" % (s.host.as_str(), s.port) for s in &servers];
    println!("{upstreams:?}");
}
