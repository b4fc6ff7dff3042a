//! mistake: latency report: the inner generator's `.max()` (an `Option`, the group may be empty) passed where a `u64` is expected
//! offending: (r.ms for r in reqs).max()
//! category: type
use comprehensions::comp;

struct Req {
    ms: u64,
}

fn fmt_ms(ms: u64) -> String {
    format!("{ms} ms")
}

fn main() {
    let groups = vec![("/api", vec![Req { ms: 12 }, Req { ms: 40 }]), ("/health", vec![])];
    // Python: [fmt_ms(max(r.ms for r in reqs)) for _, reqs in groups]
    let worst = comp![fmt_ms((r.ms for r in reqs).max()) for (_, reqs) in &groups];
    println!("{worst:?}");
}
