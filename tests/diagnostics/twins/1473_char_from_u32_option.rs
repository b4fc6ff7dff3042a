//! mistake: Python's `chr(ord('a') + i)` as `char::from_u32(..)`, whose `Option<char>` is used as a `char`
//! offending: char::from_u32('a' as u32 + i)
//! category: type
fn main() {
    let letters: Vec<char> = (0..26).map(|i| char::from_u32('a' as u32 + i)).collect();
    println!("{letters:?}");
}
