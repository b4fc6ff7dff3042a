//! mistake: numbered seats with Python's builtin `enumerate(..)` instead of `.iter().enumerate()`
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

fn main() {
    let roster = vec!["Kai".to_string(), "Lena".to_string(), "Milo".to_string()];
    let seating = comp!({name.as_str(): seat + 1 for (seat, name) in enumerate(&roster)});
    println!("{seating:?}");
}
