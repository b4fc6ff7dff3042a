//! mistake: multiplying the `usize` index from `enumerate` by an `&i32` item
//! offending: i * x
//! category: type
use comprehensions::comp;

fn main() {
    let weights: Vec<i32> = vec![3, 1, 4];
    let scored = comp![i * x for (i, x) in weights.iter().enumerate()];
    println!("{scored:?}");
}
