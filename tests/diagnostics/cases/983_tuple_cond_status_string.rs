//! mistake: a conditional in a tuple whose branches differ: a `&str` literal vs an owned `String`
//! offending: r.status.clone()
//! category: type
use comprehensions::comp;

struct Check {
    name: String,
    ok: bool,
    status: String,
}

fn main() {
    let checks = vec![
        Check { name: "disk".into(), ok: true, status: String::new() },
        Check { name: "net".into(), ok: false, status: "timeout".into() },
    ];
    let rows = comp![(r.name.as_str(), "PASS" if r.ok else r.status.clone()) for r in &checks];
    println!("{rows:?}");
}
