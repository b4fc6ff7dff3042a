//! mistake: filtered on an `Option<bool>` manifest flag as if it were a `bool` (Python truthiness)
//! offending: s.optional
//! category: type
struct Source {
    name: String,
    registry: Option<String>,
    optional: Option<bool>,
}

fn sources() -> Vec<Source> {
    vec![
        Source { name: "tokio".into(), registry: Some("crates-io".into()), optional: None },
        Source { name: "corp-auth".into(), registry: None, optional: Some(true) },
    ]
}

fn main() {
    let srcs = sources();
    let mut optional: Vec<&str> = Vec::new();
    for s in &srcs {
        if s.optional {
            optional.push(s.name.as_str());
        }
    }
    println!("{optional:?} {:?}", srcs[0].registry);
}
