//! offending: v > 0.0
fn main() {
    let fields = vec!["1.5", "-2", "3.25"];
    let mut positives: Vec<f64> = Vec::new();
    for s in &fields {
        let v = s.parse::<f64>();
        if v > 0.0 {
            positives.push(v);
        }
    }
    println!("{:?}", positives);
}
