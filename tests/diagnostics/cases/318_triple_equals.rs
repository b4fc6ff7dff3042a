//! mistake: JavaScript's `===` in a filter condition
//! offending: ===
//! category: syntax
use comprehensions::comp;

struct Resp {
    url: &'static str,
    status: u16,
}

fn main() {
    let resps = vec![Resp { url: "/a", status: 200 }, Resp { url: "/b", status: 404 }];
    let ok = comp![r.url for r in &resps if r.status === 200];
    println!("{ok:?}");
}
