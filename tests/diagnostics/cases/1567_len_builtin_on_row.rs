//! mistake: Python's `len(row)` builtin to get the number of fields of each CSV row
//! offending: len(row)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec!["1", "ann"], vec!["2", "bob", "extra"]];
    let widths = comp![len(row) for row in &rows];
    println!("{widths:?}");
}
