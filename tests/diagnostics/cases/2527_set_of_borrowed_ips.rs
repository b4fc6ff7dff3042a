//! mistake: collected `&e.src_ip` into a set annotated as owned `HashSet<String>`
//! offending: &e.src_ip
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

struct AuthEvent {
    src_ip: String,
    success: bool,
}

fn main() {
    let events = vec![
        AuthEvent { src_ip: "203.0.113.7".into(), success: false },
        AuthEvent { src_ip: "203.0.113.7".into(), success: false },
        AuthEvent { src_ip: "10.0.0.4".into(), success: true },
    ];
    let offenders: HashSet<String> = comp!({&e.src_ip for e in &events if !e.success});
    println!("{offenders:?}");
}
