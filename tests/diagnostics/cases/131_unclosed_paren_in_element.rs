//! mistake: an unclosed parenthesis in a tuple element
//! offending: (name, score
//! category: syntax
use comprehensions::comp;

fn main() {
    let rows = vec![("ana", 3), ("bo", 5)];
    let scaled = comp![(name, score * 10 for (name, score) in rows];
    println!("{scaled:?}");
}
