//! mistake: comparing a status column read from CSV (a `String`) with the integer 500
//! offending: h.status == 500
//! category: type
use comprehensions::comp;

struct Hit {
    path: String,
    status: String,
}

fn main() {
    let hits = vec![
        Hit { path: "/a".into(), status: "200".into() },
        Hit { path: "/b".into(), status: "500".into() },
    ];
    let errors = comp![&h.path for h in &hits if h.status == 500];
    println!("{errors:?}");
}
