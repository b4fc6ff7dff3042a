//! mistake: kept `.as_str()` of the temporary `to_uppercase()` String in the list (Python's `s.upper()` is a value)
//! offending: r.to_uppercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let raw_reads = vec!["acgtNNac".to_string(), "GGtaCC".to_string(), "ttagg".to_string()];
    // Python: normalized = [r.upper() for r in raw_reads]
    let normalized: Vec<&str> = comp![r.to_uppercase().as_str() for r in &raw_reads];
    println!("{}", normalized.join("\n"));
}
