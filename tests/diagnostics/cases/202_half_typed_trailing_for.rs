//! mistake: half-typed comprehension, a second `for` with nothing after it yet
//! offending: for]
//! category: syntax
use comprehensions::comp;

fn main() {
    let matrix = vec![vec![1, 2], vec![3, 4]];
    let flat = comp![x for row in &matrix for];
    println!("{flat:?}");
}
