//! mistake: a range whose end is an `f64` (Python's `range(n / 2)` with a float n, which raises TypeError)
//! offending: 0..half
//! category: type
use comprehensions::comp;

fn main() {
    let total = 10.0;
    let half = total / 2.0;
    let buckets = comp![i * 2 for i in 0..half];
    println!("{buckets:?}");
}
