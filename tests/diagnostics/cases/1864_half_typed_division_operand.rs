//! mistake: a half-typed element `x / ` whose divisor is not written yet (Python: `[x / total for x in xs]`)
//! offending: / for
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 2.0, 3.0];
    let scaled: Vec<f64> = comp![x / for x in &xs];
    println!("{scaled:?}");
}
