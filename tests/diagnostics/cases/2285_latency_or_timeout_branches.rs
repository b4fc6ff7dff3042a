//! mistake: gave the conditional element a number in one branch and a string in the other
//! offending: "timeout"
//! category: type
use comprehensions::comp;

struct Probe {
    host: &'static str,
    ok: bool,
    latency_ms: u64,
}

fn main() {
    let probes = vec![
        Probe { host: "10.0.0.7", ok: true, latency_ms: 12 },
        Probe { host: "10.0.0.9", ok: false, latency_ms: 0 },
    ];
    let column = comp![p.latency_ms if p.ok else "timeout" for p in &probes];
    for (p, c) in probes.iter().zip(&column) {
        println!("{:<12} {c}", p.host);
    }
}
