//! mistake: the slowest request's latency taken from `.max()` as if it were Python's `max()`, which returns the value, not an `Option`
//! offending: comp!((r.ms for r in &reqs)).max()
//! category: type
use comprehensions::comp;

struct Req {
    path: &'static str,
    ms: u64,
}

fn main() {
    let reqs = vec![Req { path: "/a", ms: 12 }, Req { path: "/b", ms: 340 }];
    let worst: u64 = comp!((r.ms for r in &reqs)).max();
    println!("{} {worst}", reqs[0].path);
}
