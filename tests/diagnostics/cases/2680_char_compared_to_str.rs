//! mistake: compared a `char` with the string literal `"'"` instead of the char `'\''`
//! offending: c != "'"
//! category: type
use comprehensions::comp;

fn main() {
    let raw = "Don't stop-believin'";
    let letters: Vec<char> = comp![c.to_ascii_lowercase() for c in raw.chars() if c != "'"];
    println!("{}", letters.into_iter().collect::<String>());
}
