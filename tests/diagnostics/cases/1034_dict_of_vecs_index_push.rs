//! mistake: Python's `groups[e.dept].append(..)` on a dict of empty lists: `HashMap` has no `IndexMut`
//! offending: groups[&e.dept]
//! category: python-habit
use comprehensions::comp;

struct Emp {
    name: String,
    dept: String,
}

fn main() {
    let depts = vec!["eng".to_string(), "ops".to_string()];
    let emps = vec![Emp { name: "ann".into(), dept: "eng".into() }];
    let mut groups = comp!({d.clone(): Vec::new() for d in &depts});
    for e in &emps {
        groups[&e.dept].push(e.name.clone());
    }
    println!("{:?}", groups.get("eng"));
}
