//! mistake: Python's `min((x*x + y*y, i) for i, (x, y) in enumerate(pts))` nearest point, `min()` on `(f64, usize)` tuples that are not `Ord`
//! offending: min()
//! category: type
use comprehensions::comp;

fn main() {
    let pts: Vec<(f64, f64)> = vec![(1.0, 2.0), (0.5, 0.5), (3.0, -1.0)];
    let nearest = comp!(((x * x + y * y, i) for (i, &(x, y)) in pts.iter().enumerate())).min();
    println!("{nearest:?}");
}
