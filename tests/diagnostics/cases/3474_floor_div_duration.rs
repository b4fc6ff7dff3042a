//! mistake: used Python's floor division `//`, which starts a comment in Rust
//! offending: //
//! category: python-habit
use comprehensions::comp;

fn main() {
    let durations_s: Vec<u64> = vec![59, 61, 3600];
    let minutes: Vec<u64> = comp![s // 60 for s in &durations_s];
    println!("{minutes:?}");
}
