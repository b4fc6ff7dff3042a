//! mistake: `c.to_uppercase()` is an iterator (`ToUppercase`), not a `char` (Python's `c.upper()` is a str)
//! offending: c.to_uppercase()
//! category: type
use comprehensions::comp;

fn main() {
    let name = "ada lovelace";
    // Python: initials = [c.upper() for c in name if c.isalpha()]
    let initials: Vec<char> = comp![c.to_uppercase() for c in name.chars() if c.is_alphabetic()];
    println!("{initials:?}");
}
