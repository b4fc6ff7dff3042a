//! mistake: indexing a generator expression like a list, `gen[0]` (Python raises TypeError: 'generator' object is not subscriptable)
//! offending: squares[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs = vec![3, 1, 4, 1, 5];
    let squares = comp!((x * x for x in &xs if x % 2 == 1));
    println!("first odd square: {}", squares[0]);
}
