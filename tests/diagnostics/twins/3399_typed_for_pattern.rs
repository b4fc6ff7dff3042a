//! mistake: annotated the loop variable's type in the `for` pattern
//! offending: : &Dependency
//! category: syntax
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
    let mut reqs: Vec<&str> = Vec::new();
    for d: &Dependency in &deps {
        reqs.push(d.req.as_str());
    }
    println!("{reqs:?}");
}
