//! mistake: Python's star unpacking `for head, *tail in rows`
//! offending: *tail
//! category: syntax
use comprehensions::comp;

fn main() {
    let rows = vec![vec!["id", "a", "b"], vec!["name", "c"]];
    // Python: {head: tail for head, *tail in rows}
    let table = comp!({head: tail for head, *tail in &rows});
    println!("{table:?}");
}
