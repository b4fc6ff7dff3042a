//! mistake: Python's Caesar shift `chr((ord(c) - ord('a') + k) % 26 + ord('a'))` done in `u32` and cast `as char` (only `u8` casts to `char`)
//! offending: ((c as u32 - 'a' as u32 + k) % 26 + 'a' as u32) as char
//! category: type
fn main() {
    let s = "hello";
    let k = 3u32;
    let enc: Vec<char> = s.chars().map(|c| ((c as u32 - 'a' as u32 + k) % 26 + 'a' as u32) as char).collect();
    println!("{enc:?}");
}
