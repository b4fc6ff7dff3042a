//! mistake: shifts a letter's u8 code by an i32 key, as Python's chr(ord(c) + k)
//! offending: b'a' + shift
//! category: type
use comprehensions::comp;

fn main() {
    let text = "attack";
    let shift: i32 = 3;
    let out: String = comp![((c as u8 - b'a' + shift) % 26 + b'a') as char for c in text.chars()].into_iter().collect();
    println!("{out}");
}
