//! mistake: passing a lazy comprehension to a function taking `&[f64]` (Python's `statistics.mean(gen)` takes any iterable)
//! offending: comp!((r.temp for r in &readings if r.ok))
//! category: type
use comprehensions::comp;

struct Reading {
    temp: f64,
    ok: bool,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let readings = vec![Reading { temp: 20.5, ok: true }, Reading { temp: -99.0, ok: false }];
    // Python: m = statistics.mean(r.temp for r in readings if r.ok)
    let m = mean(comp!((r.temp for r in &readings if r.ok)));
    println!("{m}");
}
