//! mistake: an `else` after the filter, meaning to clip negatives to zero (the conditional belongs before `for`)
//! offending: else
//! category: syntax
use comprehensions::comp;

fn main() {
    let readings: Vec<f64> = vec![1.5, -0.2, 3.0, -4.0];
    let clipped = comp![x for x in readings if x >= 0.0 else 0.0];
    println!("{clipped:?}");
}
