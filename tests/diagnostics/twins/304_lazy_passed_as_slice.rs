//! mistake: passing an iterator chain to a function taking `&[f64]` (hand-written)
//! offending: readings.iter().filter(|r| r.ok).map(|r| r.temp)
struct Reading {
    temp: f64,
    ok: bool,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let readings = vec![Reading { temp: 20.5, ok: true }, Reading { temp: -99.0, ok: false }];
    let m = mean(readings.iter().filter(|r| r.ok).map(|r| r.temp));
    println!("{m}");
}
