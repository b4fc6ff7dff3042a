//! mistake: comparing `enumerate()`'s `usize` index with an `i32` parameter (leave-one-out sample)
//! offending: i != skip
//! category: type
use comprehensions::comp;

fn leave_one_out(xs: &[f64], skip: i32) -> Vec<f64> {
    comp![*x for (i, x) in xs.iter().enumerate() if i != skip]
}

fn main() {
    println!("{:?}", leave_one_out(&[1.0, 2.0, 3.0], 1));
}
