//! mistake: takes the larger of two f64 readings with std::cmp::max, as Python's max() compares floats
//! category: type
fn main() {
    let pairs = vec![(1.5, 2.0), (3.25, 0.5)];
    let mut peaks = Vec::new();
    for (a, b) in pairs {
        peaks.push(std::cmp::max(a, b));
    }
    println!("{peaks:?}");
}
