use comprehensions::comp;

struct Request {
    ms: u64,
}

fn fmt_ms(ms: u64) -> String {
    format!("{ms} ms")
}

fn main() {
    let groups = vec![("/a", vec![Request { ms: 3 }])];
    // Python: [fmt_ms(max(r.ms for r in reqs)) for _, reqs in groups]
    let _ = comp![fmt_ms((r.ms for r in reqs).max()) for (_, reqs) in &groups];
}
