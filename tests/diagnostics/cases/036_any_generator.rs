//! mistake: Python's `any(..)` builtin over a generator in a filter
//! offending: any
//! category: python-habit
use comprehensions::comp;

fn main() {
    let passwords = vec!["hunter2", "password", "s3cret"];
    let with_digit = comp![p for p in &passwords if any(c.is_ascii_digit() for c in p.chars())];
    println!("{with_digit:?}");
}
