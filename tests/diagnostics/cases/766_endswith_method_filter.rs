//! mistake: Python's s.endswith(..) in a filter (Rust: ends_with)
//! offending: endswith
//! category: python-habit
use comprehensions::comp;

fn main() {
    let files = vec!["a.csv".to_string(), "b.txt".to_string(), "c.csv".to_string()];
    let csvs = comp![f.as_str() for f in &files if f.endswith(".csv")];
    println!("{csvs:?}");
}
