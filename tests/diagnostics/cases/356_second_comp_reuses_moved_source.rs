//! mistake: two comprehensions over the same `Vec<String>`, the first consuming it (Python lists can be iterated again)
//! offending: n in cities
//! category: ownership
use comprehensions::comp;

fn main() {
    let cities = vec!["Oslo".to_string(), "Lima".to_string()];
    let upper = comp![c.to_uppercase() for c in cities];
    let lengths = comp![n.len() for n in cities];
    println!("{upper:?} {lengths:?}");
}
