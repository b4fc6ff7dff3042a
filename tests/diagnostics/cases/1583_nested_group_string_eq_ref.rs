//! mistake: grouping employees by department with a nested comprehension, comparing a `String` field with a `&String` loop variable
//! offending: e.dept == d
//! category: type
use comprehensions::comp;

struct Emp {
    id: u32,
    dept: String,
}

fn main() {
    let emps = vec![Emp { id: 1, dept: "eng".into() }, Emp { id: 2, dept: "ops".into() }];
    let depts: Vec<String> = vec!["eng".into(), "ops".into()];
    let by_dept = comp!({d: [e.id for e in &emps if e.dept == d] for d in &depts});
    println!("{by_dept:?}");
}
