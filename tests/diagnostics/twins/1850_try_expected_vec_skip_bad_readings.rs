//! mistake: uses `?` to skip unparsable sensor readings into a `Vec<f64>` in `main` (Python would need a try/except filter; `?` fails the whole comprehension)
//! offending: parse::<f64>()?
//! category: try
fn main() {
    let raw = vec!["1.5", "n/a", "2.25"];
    let mut vals: Vec<f64> = Vec::new();
    for s in &raw {
        vals.push(s.trim().parse::<f64>()?);
    }
    println!("{vals:?}");
}
