//! mistake: deduplicated discovered endpoints into a `HashSet<Endpoint>`, but `Endpoint` derives `Eq` and not `Hash`
//! offending: Endpoint { host: l.host.clone(), path: l.path.clone() }
//! category: type
use std::collections::HashSet;

#[derive(Debug, PartialEq, Eq)]
struct Endpoint {
    host: String,
    path: String,
}

struct Link {
    host: String,
    path: String,
    anchor: String,
}

fn main() {
    let links = vec![
        Link { host: "example.com".into(), path: "/a".into(), anchor: "A".into() },
        Link { host: "example.com".into(), path: "/a".into(), anchor: "again".into() },
    ];
    let unique: HashSet<Endpoint> = links
        .iter()
        .map(|l| Endpoint { host: l.host.clone(), path: l.path.clone() })
        .collect();
    println!("{} unique of {} ({})", unique.len(), links.len(), links[0].anchor);
}
