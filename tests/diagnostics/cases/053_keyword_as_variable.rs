//! mistake: a Python variable name that is a Rust keyword (`type`)
//! offending: type
//! category: syntax
use comprehensions::comp;

fn main() {
    let events = vec![("click", 3), ("scroll", 10)];
    let kinds = comp![type.to_uppercase() for (type, _) in &events];
    println!("{kinds:?}");
}
