//! mistake: Python's `n[:3]` as `n[..3]` without `&` in the element (a `str`, unsized)
//! offending: n[..3]
//! category: type
use comprehensions::comp;

fn main() {
    let names = vec![String::from("Alexander"), String::from("Beatrice")];
    // Python: short = [n[:3] for n in names]
    let short = comp![n[..3] for n in &names];
    println!("{short:?}");
}
