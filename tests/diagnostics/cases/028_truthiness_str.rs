//! mistake: Python truthiness: `if name` on a `&str` to skip empty names
//! offending: name
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["ana", "", "bo"];
    let present = comp![name.to_uppercase() for name in names if name];
    println!("{present:?}");
}
