//! mistake: joined two filter conditions with Python's `and`
//! offending: and
//! category: python-habit
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
    let root_failures: Vec<&String> = events
        .iter()
        .filter(|e| !e.success and e.user == "root")
        .map(|e| &e.src_ip)
        .collect();
    println!("{root_failures:?}");
}
