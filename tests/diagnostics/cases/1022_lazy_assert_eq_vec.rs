//! mistake: a test compares a lazy form with a vec!, as Python compares a list comprehension with a list
//! offending: assert_eq!(comp!((n * 10 for n in &ns)), vec![10, 20, 30])
//! category: type
use comprehensions::comp;

fn main() {
    let ns = vec![1, 2, 3];
    assert_eq!(comp!((n * 10 for n in &ns)), vec![10, 20, 30]);
}
