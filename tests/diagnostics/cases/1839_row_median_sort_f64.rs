//! mistake: per-row median by `.sort()` of `f64`s, which are not `Ord` (Python: `[sorted(row)[len(row) // 2] for row in m]`)
//! offending: sort()
//! category: type
use comprehensions::comp;

fn main() {
    let m: Vec<Vec<f64>> = vec![vec![3.0, 1.0, 2.0], vec![9.0, 7.0, 8.0]];
    let medians: Vec<f64> = comp![{ let mut r = row.clone(); r.sort(); r[r.len() / 2] } for row in &m];
    println!("{medians:?}");
}
