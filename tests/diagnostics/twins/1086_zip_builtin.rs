//! mistake: Python's zip(xs, ys) builtin in a nested-free pairing
//! offending: zip(&names, &ages)
//! category: python-habit
fn main() {
    let names = vec!["ann", "bob"];
    let ages = vec![31, 27];
    let mut people = Vec::new();
    for (n, a) in zip(&names, &ages) {
        people.push(format!("{n} ({a})"));
    }
    println!("{people:?}");
}
