//! mistake: Python's `round(x, 2)` as a free function
//! offending: round
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prices = vec![3.14159, 2.71828];
    let shown = comp![round(p, 2) for p in &prices];
    println!("{shown:?}");
}
