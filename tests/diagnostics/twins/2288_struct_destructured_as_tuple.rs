//! mistake: unpacked a `Service` struct as if it were a tuple, like Python's `for name, port in services`
//! offending: (name, port)
//! category: type

struct Service {
    name: String,
    port: u16,
}

fn main() {
    let services = vec![
        Service { name: "sshd".into(), port: 22 },
        Service { name: "node_exporter".into(), port: 9100 },
    ];
    let mut firewall_rules = Vec::new();
    for (name, port) in &services {
        firewall_rules.push(format!("-A INPUT -p tcp --dport {port} -j ACCEPT -m comment --comment {name}"));
    }
    println!("{}", firewall_rules.join("\n"));
}
