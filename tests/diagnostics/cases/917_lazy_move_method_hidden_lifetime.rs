//! mistake: returned a `move` lazy form over `self.values.iter()` as `impl Iterator` without `+ '_` (edition 2021)
//! offending: impl Iterator<Item = f64>
//! category: ownership
use comprehensions::comp;

struct Readings {
    values: Vec<f64>,
    threshold: f64,
}

impl Readings {
    fn spikes(&self) -> impl Iterator<Item = f64> {
        comp!(move (*v for v in self.values.iter() if *v > self.threshold))
    }
}

fn main() {
    let r = Readings { values: vec![1.0, 9.5, 3.0, 12.0], threshold: 5.0 };
    let s: Vec<f64> = r.spikes().collect();
    println!("{s:?}");
}
