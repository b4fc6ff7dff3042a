//! mistake: a conditional as the iterable, `for x in a if flag else b`, without the parentheses it needs (in Python too)
//! offending: else
//! category: python-habit
use comprehensions::comp;

fn main() {
    let verbose = std::env::args().count() > 1;
    let all = vec!["debug", "info", "warn"];
    let some = vec!["warn"];
    let levels = comp![l.to_uppercase() for l in &all if verbose else &some];
    println!("{levels:?}");
}
