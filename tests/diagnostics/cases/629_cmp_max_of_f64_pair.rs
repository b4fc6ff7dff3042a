//! mistake: takes the larger of two f64 readings with std::cmp::max, as Python's max() compares floats
//! offending: std::cmp::max(a, b)
//! category: type
use comprehensions::comp;

fn main() {
    let pairs = vec![(1.5, 2.0), (3.25, 0.5)];
    let peaks = comp![std::cmp::max(a, b) for (a, b) in pairs];
    println!("{peaks:?}");
}
