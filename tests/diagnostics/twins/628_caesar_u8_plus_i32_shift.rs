//! mistake: shifts a letter's u8 code by an i32 key, as Python's chr(ord(c) + k)
//! category: type
fn main() {
    let text = "attack";
    let shift: i32 = 3;
    let out: String = text.chars().map(|c| ((c as u8 - b'a' + shift) % 26 + b'a') as char).collect();
    println!("{out}");
}
