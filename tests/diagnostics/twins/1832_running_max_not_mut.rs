//! mistake: a running maximum assigns to an accumulator not declared `mut` (Python: `list(itertools.accumulate(xs, max))`)
//! offending: best = best.max(x)
//! category: ownership
fn main() {
    let xs: Vec<f64> = vec![1.0, 3.0, 2.0, 5.0, 4.0];
    let best = f64::MIN;
    let running: Vec<f64> = xs
        .iter()
        .copied()
        .map(|x| {
            best = best.max(x);
            best
        })
        .collect();
    println!("{running:?}");
}
