//! mistake: half-typed condition, `if r.status >` with no right operand yet
//! offending: >]
//! category: syntax
use comprehensions::comp;

struct Req {
    path: String,
    status: u16,
}

fn main() {
    let reqs = vec![Req { path: "/".into(), status: 200 }];
    let bad = comp![r.path.clone() for r in &reqs if r.status >];
    println!("{bad:?}");
}
