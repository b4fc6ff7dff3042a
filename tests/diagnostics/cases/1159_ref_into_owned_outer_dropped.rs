//! mistake: iterates the departments by value but collects references into each one's staff (`&d.staff`), which die with `d`
//! offending: &d.staff
//! category: ownership
use comprehensions::comp;

struct Dept {
    name: String,
    staff: Vec<String>,
}

fn main() {
    let depts = vec![Dept { name: "ops".into(), staff: vec!["ann".into(), "bo".into()] }];
    let everyone: Vec<&String> = comp![s for d in depts for s in &d.staff if !d.name.is_empty()];
    println!("{everyone:?}");
}
