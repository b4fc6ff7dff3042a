//! mistake: reads an associated constant through `self`, `self.MAX`, as a Python class attribute, instead of `Self::MAX`
//! offending: self.MAX
//! category: python-habit
struct Thermostat {
    targets: Vec<f64>,
}

impl Thermostat {
    const MAX: f64 = 30.0;

    fn safe_targets(&self) -> Vec<f64> {
        self.targets.iter().filter(|t| **t <= self.MAX).copied().collect()
    }
}

fn main() {
    let t = Thermostat { targets: vec![21.0, 35.0] };
    println!("{:?}", t.safe_targets());
}
