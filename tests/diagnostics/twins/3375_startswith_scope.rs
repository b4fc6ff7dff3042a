//! mistake: filtered scoped npm packages with Python's `startswith`
//! offending: startswith
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
    let typings: Vec<&str> = deps.iter().filter(|d| d.name.startswith("@types/")).map(|d| d.name.as_str()).collect();
    println!("{typings:?}");
}
