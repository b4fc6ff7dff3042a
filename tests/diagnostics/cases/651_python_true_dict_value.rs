//! mistake: uses Python's `True` as the value of a dict comprehension
//! offending: True
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "kiwi", "apple"];
    let seen = comp!({w: True for w in &words});
    println!("{}", seen.len());
}
