//! mistake: collected `parse::<u64>()` results into `Vec<u64>` without unwrapping them
//! offending: s.parse::<u64>()
//! category: type
use comprehensions::comp;

fn main() {
    let raw = "3.11.4";
    let parts: Vec<u64> = comp![s.parse::<u64>() for s in raw.split('.')];
    println!("{parts:?}");
}
