//! mistake: squared coordinate deltas with Python's `**` operator
//! offending: **2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let depot = (12.0_f64, 7.5_f64);
    let drops = vec![(14.0_f64, 9.0_f64), (3.5, 1.0), (12.5, 20.0)];
    let dists = comp![((x - depot.0)**2 + (y - depot.1)**2).sqrt() for (x, y) in &drops];
    println!("{dists:?}");
}
