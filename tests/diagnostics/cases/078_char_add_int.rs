//! mistake: Python-style `chr(ord(c) + 1)` written as `c + 1` on a `char`
//! offending: c + 1
//! category: type
use comprehensions::comp;

fn main() {
    let secret = "hal";
    let shifted = comp![c + 1 for c in secret.chars()];
    println!("{shifted:?}");
}
