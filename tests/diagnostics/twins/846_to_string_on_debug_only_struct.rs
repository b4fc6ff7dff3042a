//! mistake: calls `to_string()` on a struct that derives only `Debug` (Python's `__repr__` without `__str__`)
//! offending: to_string
//! category: type
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
        self.readings.iter().map(|r| r.to_string()).collect()
    }
}

fn main() {
    let s = Station { readings: vec![Reading { sensor: "t1".into(), celsius: 21.5 }] };
    println!("{:?}", s.labels());
}
