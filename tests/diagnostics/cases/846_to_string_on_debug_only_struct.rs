//! mistake: calls `to_string()` on a struct that derives only `Debug` (Python's `__repr__` without `__str__`)
//! offending: to_string
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Reading {
    sensor: String,
    celsius: f64,
}

struct Station {
    readings: Vec<Reading>,
}

impl Station {
    fn labels(&self) -> Vec<String> {
        comp![r.to_string() for r in &self.readings]
    }
}

fn main() {
    let s = Station { readings: vec![Reading { sensor: "t1".into(), celsius: 21.5 }] };
    println!("{:?}", s.labels());
}
