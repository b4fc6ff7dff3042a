//! mistake: filters out NaN with `*r != f64::NAN` instead of `!r.is_nan()` (lint: invalid_nan_comparisons)
//! offending: *r != f64::NAN
//! category: lint
struct Sensor {
    ratios: Vec<f64>,
}

impl Sensor {
    fn valid(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for r in &self.ratios {
            if *r != f64::NAN {
                out.push(*r);
            }
        }
        out
    }
}

fn main() {
    let s = Sensor { ratios: vec![0.5, f64::NAN] };
    println!("{:?}", s.valid());
}
