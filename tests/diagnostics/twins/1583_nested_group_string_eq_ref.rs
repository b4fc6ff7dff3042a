//! mistake: grouping employees by department with a nested comprehension, comparing a `String` field with a `&String` loop variable
//! offending: e.dept == d
//! category: type
use std::collections::HashMap;

struct Emp {
    id: u32,
    dept: String,
}

fn main() {
    let emps = vec![Emp { id: 1, dept: "eng".into() }, Emp { id: 2, dept: "ops".into() }];
    let depts: Vec<String> = vec!["eng".into(), "ops".into()];
    let by_dept: HashMap<_, _> = depts
        .iter()
        .map(|d| (d, emps.iter().filter(|e| e.dept == d).map(|e| e.id).collect::<Vec<_>>()))
        .collect();
    println!("{by_dept:?}");
}
