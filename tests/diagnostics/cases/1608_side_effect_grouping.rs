//! mistake: a comprehension used only for its side effect of grouping ids by department, Python's `[groups.setdefault(..).append(..) for r in rows]`
//! offending: comp![groups.entry(r.dept.clone()).or_default().push(r.id) for r in &rows]
//! category: lint
use comprehensions::comp;
use std::collections::HashMap;

struct Row {
    id: u32,
    dept: String,
}

fn main() {
    let rows = vec![Row { id: 1, dept: "eng".into() }, Row { id: 2, dept: "eng".into() }];
    let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
    comp![groups.entry(r.dept.clone()).or_default().push(r.id) for r in &rows];
    println!("{groups:?}");
}
