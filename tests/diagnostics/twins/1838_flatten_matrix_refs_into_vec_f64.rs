//! mistake: flattens a borrowed matrix into a `Vec<f64>` with `&f64` elements (Python: `[x for row in m for x in row]`)
//! offending: push(x)
//! category: type
fn main() {
    let m: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let mut flat: Vec<f64> = Vec::new();
    for row in &m {
        for x in row {
            flat.push(x);
        }
    }
    println!("{flat:?}");
}
