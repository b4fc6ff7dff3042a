//! mistake: Python's `enumerate(reversed(names))` as `names.reverse().iter().enumerate()`: `reverse` reverses in place and returns `()`
//! offending: .reverse().iter()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let mut names = vec!["ann", "bob", "cy"];
    let ranks = comp![format!("{}. {}", i + 1, n) for (i, n) in names.reverse().iter().enumerate()];
    println!("{ranks:?}");
}
