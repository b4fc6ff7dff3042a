//! mistake: `groups[e.dept].push(..)` on a map of empty vectors: `HashMap` has no `IndexMut`
//! offending: groups[&e.dept]
//! category: python-habit
use std::collections::HashMap;

struct Emp {
    name: String,
    dept: String,
}

fn main() {
    let depts = vec!["eng".to_string(), "ops".to_string()];
    let emps = vec![Emp { name: "ann".into(), dept: "eng".into() }];
    let mut groups = HashMap::new();
    for d in &depts {
        groups.insert(d.clone(), Vec::new());
    }
    for e in &emps {
        groups[&e.dept].push(e.name.clone());
    }
    println!("{:?}", groups.get("eng"));
}
