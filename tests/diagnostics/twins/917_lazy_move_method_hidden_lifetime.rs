//! mistake: returned a `move` iterator chain over `self.values.iter()` as `impl Iterator` without `+ '_` (edition 2021)
//! offending: impl Iterator<Item = f64>
//! category: ownership
struct Readings {
    values: Vec<f64>,
    threshold: f64,
}

impl Readings {
    fn spikes(&self) -> impl Iterator<Item = f64> {
        self.values.iter().filter(move |v| **v > self.threshold).map(|v| *v)
    }
}

fn main() {
    let r = Readings { values: vec![1.0, 9.5, 3.0, 12.0], threshold: 5.0 };
    let s: Vec<f64> = r.spikes().collect();
    println!("{s:?}");
}
