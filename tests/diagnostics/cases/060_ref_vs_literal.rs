//! mistake: comparing a `&i32` loop variable with an integer literal
//! offending: 0
//! category: type
use comprehensions::comp;

fn main() {
    let deltas = vec![5, -3, 8, 0];
    let gains = comp![d for d in &deltas if d > 0];
    println!("{gains:?}");
}
