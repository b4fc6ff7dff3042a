//! mistake: kept `&str` slices of a temporary uppercased line past the statement that created it
//! offending: raw_line.to_uppercase()
//! category: ownership
fn main() {
    let raw_line = String::from(" math-201 , hist-110 ,bio-150 ");
    let mut codes = Vec::new();
    for c in raw_line.to_uppercase().split(',') {
        codes.push(c.trim());
    }
    println!("registering for {codes:?}");
}
