//! mistake: converted the port number with Python's `str(...)`
//! offending: str
//! category: python-habit
struct FirewallRule {
    proto: &'static str,
    port: u16,
    allow: bool,
}

fn main() {
    let rules = vec![
        FirewallRule { proto: "tcp", port: 22, allow: false },
        FirewallRule { proto: "udp", port: 53, allow: true },
    ];
    let open_ports: Vec<String> = rules
        .iter()
        .filter(|r| r.allow)
        .map(|r| str(r.port) + "/" + r.proto)
        .collect();
    println!("{open_ports:?}");
}
