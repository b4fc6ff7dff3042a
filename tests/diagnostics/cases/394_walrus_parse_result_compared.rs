//! mistake: walrus binds s.parse::<f64>() (a Result) and compares it with 0.0 as if it were the number
//! offending: (v := s.parse::<f64>()) > 0.0
//! category: type
use comprehensions::comp;

fn main() {
    let fields = vec!["1.5", "-2", "3.25"];
    // Python: positives = [v for s in fields if (v := float(s)) > 0]
    let positives: Vec<f64> = comp![v for s in &fields if (v := s.parse::<f64>()) > 0.0];
    println!("{:?}", positives);
}
