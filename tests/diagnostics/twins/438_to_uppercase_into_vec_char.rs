//! mistake: `c.to_uppercase()` is an iterator (`ToUppercase`), not a `char`
//! offending: c.to_uppercase()
//! category: type
fn main() {
    let name = "ada lovelace";
    let mut initials: Vec<char> = Vec::new();
    for c in name.chars() {
        if c.is_alphabetic() {
            initials.push(c.to_uppercase());
        }
    }
    println!("{initials:?}");
}
