//! mistake: split each log line on whitespace with Python's argument-less `line.split()` instead of `split_whitespace()`
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "GET /index.html 200\nPOST /login 302";
    let field_counts: Vec<usize> = comp![line.split().count() for line in text.lines()];
    println!("{field_counts:?}");
}
