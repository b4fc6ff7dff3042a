//! mistake: iterated `self.readings` by value inside a `&self` method
//! offending: self.readings
//! category: ownership
use comprehensions::comp;

struct Buoy {
    id: String,
    wave_height_m: f32,
}

struct Network {
    readings: Vec<Buoy>,
}

impl Network {
    fn rough_sea(&self, threshold: f32) -> Vec<String> {
        comp![b.id for b in self.readings if b.wave_height_m > threshold]
    }
}

fn main() {
    let net = Network {
        readings: vec![
            Buoy { id: "46042".into(), wave_height_m: 3.4 },
            Buoy { id: "46026".into(), wave_height_m: 1.1 },
        ],
    };
    println!("{:?}", net.rough_sea(2.5));
}
