//! mistake: latency report: an inner `.max()` (an `Option`) passed where a `u64` is expected (hand-written)
//! offending: reqs.iter().map(|r| r.ms).max()
struct Req {
    ms: u64,
}

fn fmt_ms(ms: u64) -> String {
    format!("{ms} ms")
}

fn main() {
    let groups = vec![("/api", vec![Req { ms: 12 }, Req { ms: 40 }]), ("/health", vec![])];
    let worst: Vec<String> =
        groups.iter().map(|(_, reqs)| fmt_ms(reqs.iter().map(|r| r.ms).max())).collect();
    println!("{worst:?}");
}
