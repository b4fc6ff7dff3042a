//! mistake: the dict key moves the loop's `String`, which the nested list display in the value then compares
//! offending: |p| p.dept == dept
//! category: ownership
use std::collections::HashMap;

struct Person {
    name: String,
    dept: String,
}

fn main() {
    let people = vec![
        Person { name: "ann".into(), dept: "eng".into() },
        Person { name: "bo".into(), dept: "ops".into() },
    ];
    let depts = vec!["eng".to_string(), "ops".to_string()];
    let mut by_dept = HashMap::new();
    for dept in depts {
        by_dept.insert(dept, people.iter().filter(|p| p.dept == dept).map(|p| p.name.clone()).collect::<Vec<_>>());
    }
    println!("{by_dept:?}");
}
