//! mistake: a Python loop header `for x in self.readings:` pasted into the comprehension with its colon
//! offending: :
//! category: syntax
use comprehensions::comp;

struct Sensor {
    readings: Vec<f64>,
}

impl Sensor {
    fn celsius(&self) -> Vec<f64> {
        comp![(f - 32.0) * 5.0 / 9.0 for f in &self.readings: if *f > -460.0]
    }
}

fn main() {
    let s = Sensor { readings: vec![32.0, 212.0] };
    println!("{:?}", s.celsius());
}
