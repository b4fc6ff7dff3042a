//! mistake: dividing an `f64` window sum by the `usize` window size, as Python's `sum(w) / k`
//! offending: / k
//! category: type
use comprehensions::comp;

struct Series {
    values: Vec<f64>,
}

impl Series {
    fn moving_average(&self, k: usize) -> Vec<f64> {
        comp![w.iter().sum::<f64>() / k for w in self.values.windows(k)]
    }
}

fn main() {
    let s = Series { values: vec![1.0, 2.0, 3.0, 4.0, 5.0] };
    println!("{:?}", s.moving_average(3));
}
