//! mistake: Python's zip(xs, ys) builtin in a nested-free pairing
//! offending: zip(&names, &ages)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let ages = vec![31, 27];
    let people = comp![format!("{n} ({a})") for (n, a) in zip(&names, &ages)];
    println!("{people:?}");
}
