//! mistake: Python's `s[i]` on a `&str` to compare mirrored characters of a palindrome
//! offending: s[i]
//! category: python-habit
fn is_palindrome(s: &str) -> bool {
    let n = s.len();
    (0..n / 2).map(|i| s[i] == s[n - 1 - i]).all(|same| same)
}

fn main() {
    println!("{}", is_palindrome("racecar"));
}
