//! mistake: a comprehension used only for its side effect of grouping ids by department, Python's `[groups.setdefault(..).append(..) for r in rows]`
//! offending: rows.iter().map(|r| groups.entry(r.dept.clone()).or_default().push(r.id)).collect::<Vec<_>>()
//! category: lint
use std::collections::HashMap;

struct Row {
    id: u32,
    dept: String,
}

fn main() {
    let rows = vec![Row { id: 1, dept: "eng".into() }, Row { id: 2, dept: "eng".into() }];
    let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
    rows.iter().map(|r| groups.entry(r.dept.clone()).or_default().push(r.id)).collect::<Vec<_>>();
    println!("{groups:?}");
}
