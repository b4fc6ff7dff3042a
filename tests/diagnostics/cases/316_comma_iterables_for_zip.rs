//! mistake: `for n, a in names, ages` expecting two lists to be walked in step (Python would iterate the 2-tuple)
//! offending: names, ages
//! category: syntax
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let ages = vec![31, 27];
    let lines = comp![format!("{n}: {a}") for n, a in names, ages];
    println!("{lines:?}");
}
