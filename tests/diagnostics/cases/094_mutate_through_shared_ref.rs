//! mistake: mutating items reached through `&names` instead of `&mut names`
//! offending: n.make_ascii_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut names = vec!["ana".to_string(), "bo".to_string()];
    let _ = comp![n.make_ascii_uppercase() for n in &names];
    names.sort();
    println!("{names:?}");
}
