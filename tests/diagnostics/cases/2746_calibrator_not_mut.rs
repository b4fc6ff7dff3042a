//! mistake: called a `&mut self` drift-tracking calibrator in the element without declaring it `mut`
//! offending: cal.apply(x)
//! category: ownership
use comprehensions::comp;

struct DriftCalibrator {
    offset: f64,
    seen: u32,
}

impl DriftCalibrator {
    fn apply(&mut self, raw: f64) -> f64 {
        self.seen += 1;
        self.offset = self.offset * 0.99 + raw * 0.01;
        raw - self.offset
    }
}

fn main() {
    let cal = DriftCalibrator { offset: 0.0, seen: 0 };
    let raw_strain: Vec<f64> = vec![101.0, 102.5, 99.8];
    let corrected = comp![cal.apply(x) for x in raw_strain.iter().copied()];
    println!("{corrected:?}");
}
