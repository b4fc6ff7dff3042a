//! mistake: called `char::is_alphanumeric` on the `u8`s of `bytes()` (it is `is_ascii_alphanumeric`)
//! offending: is_alphanumeric
//! category: type
use comprehensions::comp;

fn main() {
    let term = "Full-Text_Search!";
    let folded: Vec<u8> = comp![b.to_ascii_lowercase() for b in term.bytes() if b.is_alphanumeric()];
    println!("{}", String::from_utf8(folded).unwrap());
}
