//! mistake: a running maximum assigns to an accumulator not declared `mut` (Python: `list(itertools.accumulate(xs, max))`)
//! offending: best = best.max(x)
//! category: ownership
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 3.0, 2.0, 5.0, 4.0];
    let best = f64::MIN;
    let running: Vec<f64> = comp![{ best = best.max(x); best } for x in xs.iter().copied()];
    println!("{running:?}");
}
