//! mistake: joined dependency names with Python's `", ".join(list)`
//! offending: join
//! category: python-habit
use comprehensions::comp;

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
    let line: String = ", ".join(comp![d.name.clone() for d in &deps]);
    println!("depends on: {line}");
}
