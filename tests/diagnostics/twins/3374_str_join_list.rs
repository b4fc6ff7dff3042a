//! mistake: joined dependency names with Python's `", ".join(list)`
//! offending: join
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
    let line: String = ", ".join(deps.iter().map(|d| d.name.clone()).collect::<Vec<_>>());
    println!("depends on: {line}");
}
