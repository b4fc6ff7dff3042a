//! mistake: took the maximum of an `f64` row with `.max()`, which needs `Ord`
//! offending: max
//! category: type
use comprehensions::comp;

fn main() {
    // absorbance readings per well, one row per plate
    let plates: Vec<Vec<f64>> = vec![
        vec![0.12, 0.55, 0.43, 0.91],
        vec![0.08, 0.07, 0.31, 0.22],
    ];
    // Python: peaks = [max(row) for row in plates]
    let peaks: Vec<f64> = comp![*row.iter().max().unwrap() for row in &plates];
    println!("{peaks:?}");
}
