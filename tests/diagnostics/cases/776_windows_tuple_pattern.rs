//! mistake: a tuple pattern over .windows(2), whose items are slices (pairwise habit)
//! offending: (a, b)
//! category: type
use comprehensions::comp;

fn main() {
    let prices = vec![10.0_f64, 10.5, 9.8, 11.2];
    let changes = comp![b - a for (a, b) in prices.windows(2)];
    println!("{changes:?}");
}
