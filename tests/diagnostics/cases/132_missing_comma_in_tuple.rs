//! mistake: a missing comma inside a tuple element
//! offending: name score
//! category: syntax
use comprehensions::comp;

fn main() {
    let rows = vec![("ana", 3), ("bo", 5)];
    let pairs = comp![(name score) for (name, score) in rows];
    println!("{pairs:?}");
}
