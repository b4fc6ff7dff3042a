//! mistake: Python's `ord(c) - ord('a')` written as a subtraction of two `char`s
//! offending: c - 'a'
//! category: python-habit
use comprehensions::comp;

fn main() {
    let s = "hello";
    let idx = comp![c - 'a' for c in s.chars()];
    println!("{idx:?}");
}
