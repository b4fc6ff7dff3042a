//! mistake: grouping rows by department, the inner loop consumes `rows` on the first key (hand-written)
use std::collections::HashMap;

struct Row {
    name: String,
    dept: String,
}

fn main() {
    let rows = vec![
        Row { name: "ann".into(), dept: "ops".into() },
        Row { name: "bob".into(), dept: "dev".into() },
    ];
    let depts = vec!["ops".to_string(), "dev".to_string()];
    let mut by_dept: HashMap<String, Vec<String>> = HashMap::new();
    for d in depts {
        let mut names = Vec::new();
        for r in rows {
            if r.dept == d {
                names.push(r.name);
            }
        }
        by_dept.insert(d.clone(), names);
    }
    println!("{}", by_dept.len());
}
