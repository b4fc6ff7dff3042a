//! mistake: Python's `chr(ord('a') + i)` as `char::from_u32(..)`, whose `Option<char>` is used as a `char`
//! offending: char::from_u32('a' as u32 + i)
//! category: type
use comprehensions::comp;

fn main() {
    let letters: Vec<char> = comp![char::from_u32('a' as u32 + i) for i in 0..26];
    println!("{letters:?}");
}
