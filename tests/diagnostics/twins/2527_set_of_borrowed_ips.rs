//! mistake: collected `&e.src_ip` into a set annotated as owned `HashSet<String>`
//! offending: &e.src_ip
//! category: type
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
    let mut offenders: HashSet<String> = HashSet::new();
    for e in &events {
        if !e.success {
            offenders.insert(&e.src_ip);
        }
    }
    println!("{offenders:?}");
}
