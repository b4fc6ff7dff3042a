//! mistake: took `.max()` of `f64` risk scores as Python's `max(...)` would
//! offending: max()
//! category: type
struct HostRisk {
    host: &'static str,
    risk: f64,
}

fn main() {
    let hosts = vec![
        HostRisk { host: "db-1", risk: 0.42 },
        HostRisk { host: "web-3", risk: 0.91 },
    ];
    let worst = hosts
        .iter()
        .filter(|h| h.host.starts_with("web"))
        .map(|h| h.risk)
        .max();
    println!("{worst:?}");
}
