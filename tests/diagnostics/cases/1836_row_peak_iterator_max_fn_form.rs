//! mistake: Python's `max(gen)` as `Iterator::max(gen)` over `f64`s, which are not `Ord` (Python: `[max(abs(x) for x in row) for row in m]`)
//! offending: x.abs() for x in row
//! category: type
use comprehensions::comp;

fn main() {
    let m: Vec<Vec<f64>> = vec![vec![3.0, -4.0], vec![6.0, -8.5]];
    let peaks = comp![Iterator::max(x.abs() for x in row) for row in &m];
    println!("{peaks:?}");
}
