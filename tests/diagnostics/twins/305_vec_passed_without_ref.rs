//! mistake: passing a collected Vec by value to a function taking `&[f64]` (no `&`) (hand-written)
//! offending: readings.iter().filter(|r| r.ok).map(|r| r.temp).collect::<Vec<f64>>()
struct Reading {
    temp: f64,
    ok: bool,
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let readings = vec![Reading { temp: 20.5, ok: true }, Reading { temp: -99.0, ok: false }];
    let m = mean(readings.iter().filter(|r| r.ok).map(|r| r.temp).collect::<Vec<f64>>());
    println!("{m}");
}
