//! mistake: iterates the departments by value but collects references into each one's staff (`&d.staff`), which die with `d`
//! offending: &d.staff
//! category: ownership
struct Dept {
    name: String,
    staff: Vec<String>,
}

fn main() {
    let depts = vec![Dept { name: "ops".into(), staff: vec!["ann".into(), "bo".into()] }];
    let mut everyone: Vec<&String> = Vec::new();
    for d in depts {
        for s in &d.staff {
            if !d.name.is_empty() {
                everyone.push(s);
            }
        }
    }
    println!("{everyone:?}");
}
