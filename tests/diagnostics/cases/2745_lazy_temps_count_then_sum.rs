//! mistake: consumed a lazy generator with `.count()` and then summed it again for the mean, as if it were a list
//! offending: temps.sum()
//! category: ownership
use comprehensions::comp;

struct Reading {
    ok: bool,
    celsius: f64,
}

fn main() {
    let readings = vec![Reading { ok: true, celsius: 20.5 }, Reading { ok: false, celsius: -999.0 }, Reading { ok: true, celsius: 21.5 }];
    let temps = comp!((r.celsius for r in &readings if r.ok));
    let n = temps.count();
    let total: f64 = temps.sum();
    println!("mean {}", total / n as f64);
}
