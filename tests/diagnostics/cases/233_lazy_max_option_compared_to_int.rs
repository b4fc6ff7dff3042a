//! mistake: comparing `max(...)` of a lazy comprehension with an integer (Rust's `max()` is an `Option`)
//! offending: 500
//! category: python-habit
use comprehensions::comp;

struct Resp {
    status: u16,
    ms: u32,
}

fn main() {
    let resps = vec![Resp { status: 200, ms: 120 }, Resp { status: 500, ms: 900 }];
    // Python: worst = max(r.ms for r in resps if r.status == 200); if worst > 500: ...
    let worst = comp!((r.ms for r in &resps if r.status == 200)).max();
    if worst > 500 {
        println!("slow: {worst:?}");
    }
}
