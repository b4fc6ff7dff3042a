//! mistake: a set comprehension of a struct that derives `Hash` and `PartialEq` but not `Eq`
//! offending: Endpoint { host: e.host.clone(), port: e.port }
//! category: type
use comprehensions::comp;
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
    // Python: seen = {Endpoint(e.host, e.port) for e in log}
    let seen: HashSet<Endpoint> = comp!({Endpoint { host: e.host.clone(), port: e.port } for e in &log if !e.path.is_empty()});
    println!("{}", seen.len());
}
