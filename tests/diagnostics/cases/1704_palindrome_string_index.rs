//! mistake: Python's `s[i]` on a `&str` to compare mirrored characters of a palindrome
//! offending: s[i]
//! category: python-habit
use comprehensions::comp;

fn is_palindrome(s: &str) -> bool {
    let n = s.len();
    comp!((s[i] == s[n - 1 - i] for i in 0..n / 2)).all(|same| same)
}

fn main() {
    println!("{}", is_palindrome("racecar"));
}
