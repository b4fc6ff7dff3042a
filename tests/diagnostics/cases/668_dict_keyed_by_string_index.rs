//! mistake: keys a dict by a word's first letter written `w[0]`, indexing a `&str` by position as in Python
//! offending: w[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "banana", "cherry"];
    let by_initial = comp!({w[0]: w for w in &words});
    println!("{by_initial:?}");
}
