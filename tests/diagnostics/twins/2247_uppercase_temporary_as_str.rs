//! mistake: kept `.as_str()` of the temporary `to_uppercase()` String in the list (Python's `s.upper()` is a value)
//! offending: r.to_uppercase()
//! category: ownership

fn main() {
    let raw_reads = vec!["acgtNNac".to_string(), "GGtaCC".to_string(), "ttagg".to_string()];
    let mut normalized: Vec<&str> = Vec::new();
    for r in &raw_reads {
        normalized.push(r.to_uppercase().as_str());
    }
    println!("{}", normalized.join("\n"));
}
