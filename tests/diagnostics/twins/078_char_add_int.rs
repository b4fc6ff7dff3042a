//! mistake: Python-style `chr(ord(c) + 1)` written as `c + 1` on a `char` (hand-written)
fn main() {
    let secret = "hal";
    let mut shifted = Vec::new();
    for c in secret.chars() {
        shifted.push(c + 1);
    }
    println!("{shifted:?}");
}
