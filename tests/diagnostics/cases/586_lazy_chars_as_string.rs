//! mistake: a lazy comprehension of `char`s assigned to a `String` annotation (Python's `"".join(c.upper() for c in s)` half-remembered)
//! offending: comp!((c.to_ascii_uppercase() for c in name.chars() if c.is_alphanumeric()))
//! category: type
use comprehensions::comp;

fn main() {
    let name = "release-v1.2";
    let tag: String = comp!((c.to_ascii_uppercase() for c in name.chars() if c.is_alphanumeric()));
    println!("{tag}");
}
