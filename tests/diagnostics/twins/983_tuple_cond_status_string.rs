//! mistake: a conditional in a tuple whose branches differ: a `&str` literal vs an owned `String`
//! offending: r.status.clone()
//! category: type

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
    let mut rows = Vec::new();
    for r in &checks {
        rows.push((r.name.as_str(), if r.ok { "PASS" } else { r.status.clone() }));
    }
    println!("{rows:?}");
}
