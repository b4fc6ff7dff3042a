//! mistake: calling a consuming method (`into_bytes`) on the `&String` items of `&names`
//! offending: n.into_bytes()
//! category: ownership
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    // Python: [n.encode() for n in names]
    let raw = comp![n.into_bytes() for n in &names];
    println!("{raw:?} {}", names.len());
}
