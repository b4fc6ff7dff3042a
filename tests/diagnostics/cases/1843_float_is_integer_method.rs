//! mistake: Python's `float.is_integer()` on an `f64` (Python: `[x for x in xs if x.is_integer()]`)
//! offending: is_integer
//! category: python-habit
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 2.5, 3.0, 4.75];
    let whole: Vec<f64> = comp![x for x in xs.iter().copied() if x.is_integer()];
    println!("{whole:?}");
}
