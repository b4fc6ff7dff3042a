//! mistake: Python's `", ".join(words)` on the separator
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn main() {
    let rows = vec![vec!["a", "b"], vec!["c"]];
    let csv = comp![",".join(row) for row in &rows];
    println!("{csv:?}");
}
