//! mistake: compares `iter().max().unwrap()` of a comprehension's list, a `&i32`, with an integer literal
//! offending: 100
//! category: type
use comprehensions::comp;

fn main() {
    let scores = vec![("ann", 91), ("bob", 104), ("cy", 77)];
    let points = comp![s for (_, s) in &scores];
    if points.iter().max().unwrap() > 100 {
        println!("someone beat the record");
    }
}
