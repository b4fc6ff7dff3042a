//! mistake: the dict key moves the loop's `String`, which the nested list display in the value then compares
//! offending: p.dept == dept
//! category: ownership
use comprehensions::comp;

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
    let by_dept = comp!({dept: [p.name.clone() for p in &people if p.dept == dept] for dept in depts});
    println!("{by_dept:?}");
}
