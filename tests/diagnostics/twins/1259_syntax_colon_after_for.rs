//! mistake: a Python loop header `for f in self.readings:` pasted with its colon
//! offending: :
//! category: syntax

struct Sensor {
    readings: Vec<f64>,
}

impl Sensor {
    fn celsius(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for f in &self.readings: {
            if *f > -460.0 {
                out.push((f - 32.0) * 5.0 / 9.0);
            }
        }
        out
    }
}

fn main() {
    let s = Sensor { readings: vec![32.0, 212.0] };
    println!("{:?}", s.celsius());
}
