//! mistake: the slowest request's latency taken from `.max()` as if it were Python's `max()`, which returns the value, not an `Option`
//! offending: reqs.iter().map(|r| r.ms).max()
//! category: type
struct Req {
    path: &'static str,
    ms: u64,
}

fn main() {
    let reqs = vec![Req { path: "/a", ms: 12 }, Req { path: "/b", ms: 340 }];
    let worst: u64 = reqs.iter().map(|r| r.ms).max();
    println!("{} {worst}", reqs[0].path);
}
