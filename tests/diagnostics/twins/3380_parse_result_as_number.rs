//! mistake: collected `parse::<u64>()` results into `Vec<u64>` without unwrapping them
//! offending: s.parse::<u64>()
//! category: type
fn main() {
    let raw = "3.11.4";
    let mut parts: Vec<u64> = Vec::new();
    for s in raw.split('.') {
        parts.push(s.parse::<u64>());
    }
    println!("{parts:?}");
}
