//! mistake: Python's `str(n)` to turn a number into a string for a palindrome test
//! offending: str(n)
//! category: python-habit
use comprehensions::comp;

fn is_pal(s: &str) -> bool {
    s.chars().eq(s.chars().rev())
}

fn main() {
    let pals = comp![n for n in 10..200 if is_pal(&str(n))];
    println!("{pals:?}");
}
