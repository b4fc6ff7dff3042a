//! mistake: bound the trimmed requirement in a clause without `let`, as a Python assignment
//! offending: floor = d.req.trim_start_matches(['^', '~'])
//! category: syntax
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
    let floors: Vec<String> = comp![format!("{}>={}", d.name, floor) for d in &deps floor = d.req.trim_start_matches(['^', '~'])];
    println!("{floors:?}");
}
