//! mistake: flattens a borrowed matrix into a `Vec<f64>` with `&f64` elements (Python: `[x for row in m for x in row]`)
//! offending: [x for
//! category: type
use comprehensions::comp;

fn main() {
    let m: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let flat: Vec<f64> = comp![x for row in &m for x in row];
    println!("{flat:?}");
}
