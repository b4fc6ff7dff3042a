//! mistake: Python's chr() builtin in a Caesar shift (Rust: `as char` or char::from)
//! offending: chr
//! category: python-habit
use comprehensions::comp;

fn main() {
    let word = "attack";
    let k: u8 = 3;
    // Python: "".join([chr((ord(c) - 97 + k) % 26 + 97) for c in word])
    let shifted: String = comp![chr((c as u8 - b'a' + k) % 26 + b'a') for c in word.chars()]
        .into_iter()
        .collect();
    println!("{}", shifted);
}
