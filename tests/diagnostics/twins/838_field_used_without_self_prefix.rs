//! mistake: uses a field, `factor`, by its bare name inside a method, without `self.`
//! offending: x * factor
//! category: python-habit
struct Scaler {
    factor: f64,
    values: Vec<f64>,
}

impl Scaler {
    fn scaled(&self) -> Vec<f64> {
        self.values.iter().map(|x| x * factor).collect()
    }
}

fn main() {
    let s = Scaler { factor: 2.0, values: vec![1.0, 2.5] };
    println!("{:?}", s.scaled());
}
