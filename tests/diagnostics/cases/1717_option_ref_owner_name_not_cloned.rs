//! mistake: `HashMap::get` gives `Option<&String>` but the response column is declared `Vec<Option<String>>` (Python's `names.get(id)`)
//! offending: names.get(&p.owner_id)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Project {
    title: String,
    owner_id: u32,
}

fn main() {
    let names: HashMap<u32, String> = HashMap::from([(1, "ann".to_string()), (2, "bob".to_string())]);
    let projects = vec![
        Project { title: "api".to_string(), owner_id: 1 },
        Project { title: "cli".to_string(), owner_id: 7 },
    ];
    let owners: Vec<Option<String>> = comp![names.get(&p.owner_id) for p in &projects];
    for (p, o) in projects.iter().zip(&owners) {
        println!("{}: {:?}", p.title, o);
    }
}
