//! mistake: moved the `String` field out of an event borrowed by `for e in &incidents`
//! offending: e.hostname
//! category: ownership
struct Incident {
    hostname: String,
    rule_id: u32,
}

fn main() {
    let incidents = vec![
        Incident { hostname: "web-03".into(), rule_id: 5710 },
        Incident { hostname: "db-01".into(), rule_id: 5503 },
    ];
    let affected: Vec<String> = incidents.iter().filter(|e| e.rule_id == 5710).map(|e| e.hostname).collect();
    println!("{affected:?} of {} incidents", incidents.len());
}
