//! mistake: divides the `sum()` of a lazy form by the count without saying what type the sum is, as Python's `sum(...) / len(xs)`
//! offending: sum
//! category: type

fn main() {
    let temps = vec!["21.5", "19.0", "23.25"];
    let mean = temps.iter().map(|t| t.parse::<f64>().unwrap()).sum() / temps.len() as f64;
    println!("mean {mean:.2}");
}
