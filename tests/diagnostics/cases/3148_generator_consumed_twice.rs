//! mistake: consumed a lazy comprehension of pressures twice, as if it could be re-read like a list
//! offending: pressures.fold
//! category: ownership
use comprehensions::comp;

struct Barometer {
    hpa: f64,
    ok: bool,
}

fn main() {
    let log = vec![Barometer { hpa: 1008.4, ok: true }, Barometer { hpa: 996.1, ok: true }];
    let pressures = comp!((b.hpa for b in &log if b.ok));
    let mean = pressures.sum::<f64>() / log.len() as f64;
    let lowest = pressures.fold(f64::INFINITY, f64::min);
    println!("mean {mean:.1}, lowest {lowest:.1}");
}
