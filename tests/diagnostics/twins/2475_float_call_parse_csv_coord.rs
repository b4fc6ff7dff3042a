//! mistake: parsed CSV coordinates with Python's `float(tok)`
//! offending: float
//! category: python-habit
fn main() {
    let line = "45.7640,4.8357,173.0";
    let fields: Vec<f64> = line.split(',').map(|tok| float(tok)).collect();
    println!("{fields:?}");
}
