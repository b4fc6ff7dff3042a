//! mistake: iterated a manifest's dependency map with Python's `.items()`
//! offending: items
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Manifest {
    name: String,
    dependencies: HashMap<String, String>,
}

fn load_manifest() -> Manifest {
    let mut dependencies = HashMap::new();
    dependencies.insert("express".to_string(), "^4.18.2".to_string());
    dependencies.insert("chalk".to_string(), "^5.3.0".to_string());
    Manifest { name: "web-app".into(), dependencies }
}

fn main() {
    let manifest = load_manifest();
    let floors: HashMap<String, String> =
        comp!({name.clone(): req.trim_start_matches('^').to_string() for (name, req) in manifest.dependencies.items()});
    println!("{}: {floors:?}", manifest.name);
}
