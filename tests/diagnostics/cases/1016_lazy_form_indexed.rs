//! mistake: a list display switched to a lazy form is still indexed like a list
//! offending: squares[0]
//! category: type
use comprehensions::comp;

fn main() {
    let readings = vec![3.0_f64, 4.5, 1.25];
    let squares = comp!((r * r for r in &readings));
    println!("first: {}", squares[0]);
}
