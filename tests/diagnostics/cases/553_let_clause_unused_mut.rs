//! mistake: a `let mut` clause (Python names are always rebindable) whose binding is never mutated
//! offending: mut total
//! category: lint
use comprehensions::comp;

fn main() {
    let orders = vec![vec![2.5, 4.0], vec![10.0]];
    let totals = comp![total * 1.2 for o in &orders let mut total: f64 = o.iter().sum()];
    println!("{totals:?}");
}
