//! mistake: grouping `{d: [r.name for r in rows if r.dept == d] for d in depts}`, the inner comprehension consumes `rows` on the first key
//! offending: rows
//! category: ownership
use comprehensions::comp;
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
    // Python: by_dept = {d: [r.name for r in rows if r.dept == d] for d in depts}
    let by_dept: HashMap<String, Vec<String>> =
        comp!({d.clone(): [r.name for r in rows if r.dept == d] for d in depts});
    println!("{}", by_dept.len());
}
