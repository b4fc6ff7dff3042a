//! mistake: compares an `f64` z-score with the integer literal `2` (Python: `[(x, z) for x in xs if (z := (x - m) / s) > 2]`)
//! offending: z > 2
//! category: type
fn main() {
    let xs: Vec<f64> = vec![1.0, 1.2, 0.9, 9.5, 1.1];
    let (m, s) = (2.74, 3.13);
    let outliers: Vec<_> = xs
        .iter()
        .filter_map(|x| {
            let z = (x - m) / s;
            if z > 2 { Some((x, z)) } else { None }
        })
        .collect();
    println!("{outliers:?}");
}
