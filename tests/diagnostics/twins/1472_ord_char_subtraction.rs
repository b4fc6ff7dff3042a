//! mistake: Python's `ord(c) - ord('a')` written as a subtraction of two `char`s
//! offending: c - 'a'
//! category: python-habit
fn main() {
    let s = "hello";
    let idx = s.chars().map(|c| c - 'a').collect::<Vec<_>>();
    println!("{idx:?}");
}
