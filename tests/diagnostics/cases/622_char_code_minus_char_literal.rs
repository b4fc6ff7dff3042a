//! mistake: computes a letter's index as ord(c) - ord('a') but casts only the left side
//! offending: c as u32 - 'a'
//! category: python-habit
use comprehensions::comp;

fn main() {
    let word = "hello";
    let idx = comp![c as u32 - 'a' for c in word.chars()];
    println!("{idx:?}");
}
