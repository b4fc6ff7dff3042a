//! mistake: parsed CSV coordinates with Python's `float(tok)`
//! offending: float
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "45.7640,4.8357,173.0";
    let fields = comp![float(tok) for tok in line.split(',')];
    println!("{fields:?}");
}
