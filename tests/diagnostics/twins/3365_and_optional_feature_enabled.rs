//! mistake: wrote Python's `and` between two conditions of a dependency filter
//! offending: and
//! category: python-habit
#[derive(Debug, Clone)]
struct Dependency {
    name: String,
    req: String,
    optional: bool,
    enabled_by_feature: bool,
}

fn dependencies() -> Vec<Dependency> {
    vec![
        Dependency { name: "serde".into(), req: "^1.0".into(), optional: true, enabled_by_feature: true },
        Dependency { name: "@types/node".into(), req: "~20.1".into(), optional: false, enabled_by_feature: false },
    ]
}

fn main() {
    let deps = dependencies();
    let active: Vec<&str> = deps
        .iter()
        .filter(|d| d.optional and d.enabled_by_feature)
        .map(|d| d.name.as_str())
        .collect();
    println!("{active:?} {}", deps[0].req);
}
