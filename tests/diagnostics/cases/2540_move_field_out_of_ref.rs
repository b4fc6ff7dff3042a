//! mistake: moved the `String` field out of an event borrowed by `for e in &incidents`
//! offending: e.hostname
//! category: ownership
use comprehensions::comp;

struct Incident {
    hostname: String,
    rule_id: u32,
}

fn main() {
    let incidents = vec![
        Incident { hostname: "web-03".into(), rule_id: 5710 },
        Incident { hostname: "db-01".into(), rule_id: 5503 },
    ];
    let affected: Vec<String> = comp![e.hostname for e in &incidents if e.rule_id == 5710];
    println!("{affected:?} of {} incidents", incidents.len());
}
