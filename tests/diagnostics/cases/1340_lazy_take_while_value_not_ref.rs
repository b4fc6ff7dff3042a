//! mistake: `itertools.takewhile(lambda t: t < 30.0, ...)` ported as `take_while(|t| t < 30.0)` on a lazy comprehension, where the closure gets `&f64`
//! offending: 30.0
//! category: type
use comprehensions::comp;

struct Reading {
    temp: f64,
}

struct Sensor {
    readings: Vec<Reading>,
}

impl Sensor {
    fn warmup(&self) -> Vec<f64> {
        comp!((r.temp for r in &self.readings)).take_while(|t| t < 30.0).collect()
    }
}

fn main() {
    let s = Sensor { readings: vec![Reading { temp: 21.5 }, Reading { temp: 35.0 }] };
    println!("{:?}", s.warmup());
}
