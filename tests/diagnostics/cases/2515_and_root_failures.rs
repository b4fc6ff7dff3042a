//! mistake: joined two filter conditions with Python's `and`
//! offending: and
//! category: python-habit
use comprehensions::comp;

#[derive(Debug)]
struct AuthEvent {
    user: String,
    src_ip: String,
    success: bool,
}

fn main() {
    let events = vec![
        AuthEvent { user: "root".into(), src_ip: "203.0.113.7".into(), success: false },
        AuthEvent { user: "deploy".into(), src_ip: "10.0.0.4".into(), success: true },
    ];
    let root_failures = comp![&e.src_ip for e in &events if !e.success and e.user == "root"];
    println!("{root_failures:?}");
}
