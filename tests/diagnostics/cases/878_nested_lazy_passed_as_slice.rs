//! mistake: a nested generator `(..)` is passed by reference to a function that takes a slice
//! offending: &(x for x in row if *x > 0.0)
//! category: type
use comprehensions::comp;

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let rows = vec![vec![1.0, -2.0, 3.0], vec![4.0, 5.0]];
    let means = comp![mean(&(x for x in row if *x > 0.0)) for row in &rows];
    println!("{means:?}");
}
