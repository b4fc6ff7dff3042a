//! mistake: filtered blocked IPs with Python's `not in` membership test
//! offending: not in
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

struct FirewallEvent {
    src_ip: String,
    dst_port: u16,
    action: &'static str,
}

fn main() {
    let allowlist: HashSet<String> = ["10.0.0.1".to_string(), "10.0.0.2".to_string()].into();
    let events = vec![
        FirewallEvent { src_ip: "198.51.100.23".into(), dst_port: 22, action: "DROP" },
        FirewallEvent { src_ip: "10.0.0.1".into(), dst_port: 443, action: "ACCEPT" },
    ];
    let suspects = comp![(&e.src_ip, e.dst_port) for e in &events if e.action == "DROP" if e.src_ip not in allowlist];
    println!("{suspects:?}");
}
