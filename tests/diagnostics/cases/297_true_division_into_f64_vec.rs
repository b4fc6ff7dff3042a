//! mistake: Python 3's `/` on integers expected to give a float (`t / 2` into a `Vec<f64>`)
//! offending: t / 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let totals = vec![3, 8, 5];
    // Python: halves = [t / 2 for t in totals]   # [1.5, 4.0, 2.5]
    let halves: Vec<f64> = comp![t / 2 for t in &totals];
    println!("{halves:?}");
}
