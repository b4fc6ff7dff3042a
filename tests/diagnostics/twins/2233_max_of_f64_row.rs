//! mistake: took the maximum of an `f64` row with `.max()`, which needs `Ord`
//! offending: max
//! category: type

fn main() {
    // absorbance readings per well, one row per plate
    let plates: Vec<Vec<f64>> = vec![
        vec![0.12, 0.55, 0.43, 0.91],
        vec![0.08, 0.07, 0.31, 0.22],
    ];
    let mut peaks: Vec<f64> = Vec::new();
    for row in &plates {
        peaks.push(*row.iter().max().unwrap());
    }
    println!("{peaks:?}");
}
