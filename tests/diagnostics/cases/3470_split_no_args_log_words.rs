//! mistake: called `split()` without a pattern, as Python's whitespace `str.split()`
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let logs = vec!["GET /health 200 3ms".to_string(), "POST /ingest 500 120ms".to_string()];
    let words: Vec<&str> = comp![w for line in &logs for w in line.split()];
    println!("{words:?}");
}
