//! mistake: called a `&mut self` sampling method on sensors iterated through a shared reference
//! offending: s.sample()
//! category: ownership
use comprehensions::comp;

struct Anemometer {
    id: u8,
    pulses: u32,
}

impl Anemometer {
    fn sample(&mut self) -> f64 {
        let speed = self.pulses as f64 * 0.34;
        self.pulses = 0;
        speed
    }
}

fn main() {
    let mut sensors = vec![Anemometer { id: 1, pulses: 40 }, Anemometer { id: 2, pulses: 17 }];
    let speeds = comp![(s.id, s.sample()) for s in &sensors];
    println!("{speeds:?}");
    sensors.clear();
}
