//! mistake: a `move` generator of deviations takes `xs`, then `xs.len()` is used for the variance (Python: `dev = (x - mean for x in xs); sum(d*d for d in dev) / len(xs)`)
//! offending: xs.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let xs: Vec<f64> = vec![1.0, 2.0, 3.0, 4.0];
    let mean = 2.5;
    let dev = comp!(move (x - mean for x in xs));
    let var = dev.map(|d| d * d).sum::<f64>() / xs.len() as f64;
    println!("{var}");
}
