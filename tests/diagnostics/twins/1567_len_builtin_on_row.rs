//! mistake: Python's `len(row)` builtin to get the number of fields of each CSV row
//! offending: len(row)
//! category: python-habit
fn main() {
    let rows = vec![vec!["1", "ann"], vec!["2", "bob", "extra"]];
    let widths: Vec<_> = rows.iter().map(|row| len(row)).collect();
    println!("{widths:?}");
}
