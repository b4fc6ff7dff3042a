//! mistake: passed an owned `String` field to a function taking `&str`
//! offending: c.src_ip
//! category: type
struct Connection {
    src_ip: String,
    dst_port: u16,
}

fn is_tor_exit(ip: &str) -> bool {
    ["185.220.101.4", "185.220.101.33"].contains(&ip)
}

fn main() {
    let conns = vec![
        Connection { src_ip: "185.220.101.4".into(), dst_port: 443 },
        Connection { src_ip: "10.0.0.3".into(), dst_port: 22 },
    ];
    let mut tor_ports = Vec::new();
    for c in conns {
        if is_tor_exit(c.src_ip) {
            tor_ports.push(c.dst_port);
        }
    }
    println!("{tor_ports:?}");
}
