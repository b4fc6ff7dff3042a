//! mistake: called `char::is_alphanumeric` on the `u8`s of `bytes()` (it is `is_ascii_alphanumeric`)
//! offending: is_alphanumeric
//! category: type

fn main() {
    let term = "Full-Text_Search!";
    let folded: Vec<u8> = term.bytes().filter(|b| b.is_alphanumeric()).map(|b| b.to_ascii_lowercase()).collect();
    println!("{}", String::from_utf8(folded).unwrap());
}
