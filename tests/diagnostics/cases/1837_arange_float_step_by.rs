//! mistake: numpy's `np.arange(0.0, 1.0, 0.1)` as a float range with `.step_by(0.1)` (Python: `[x for x in np.arange(0, 1, 0.1)]`)
//! offending: step_by
//! category: python-habit
use comprehensions::comp;

fn main() {
    let grid: Vec<f64> = comp![x for x in (0.0..1.0).step_by(0.1)];
    println!("{grid:?}");
}
