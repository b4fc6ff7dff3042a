//! mistake: Python's `str(n)` to turn a number into a string
//! offending: str
//! category: python-habit
use comprehensions::comp;

fn main() {
    let ids = vec![17, 42, 99];
    let keys = comp!["user-".to_string() + &str(id) for id in ids];
    println!("{keys:?}");
}
