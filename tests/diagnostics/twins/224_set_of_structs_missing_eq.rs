//! mistake: inserting a struct without `Eq` into a `HashSet` (hand-written)
use std::collections::HashSet;

#[derive(Debug, Hash, PartialEq)]
struct Endpoint {
    host: String,
    port: u16,
}

struct Entry {
    host: String,
    port: u16,
    path: String,
}

fn main() {
    let log = vec![
        Entry { host: "a.example".into(), port: 443, path: "/".into() },
        Entry { host: "a.example".into(), port: 443, path: "/x".into() },
    ];
    let mut seen: HashSet<Endpoint> = HashSet::new();
    for e in &log {
        if !e.path.is_empty() {
            seen.insert(Endpoint { host: e.host.clone(), port: e.port });
        }
    }
    println!("{}", seen.len());
}
