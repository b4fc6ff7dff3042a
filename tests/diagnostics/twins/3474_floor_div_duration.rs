//! mistake: used Python's floor division `//`, which starts a comment in Rust
//! offending: //
//! category: python-habit

fn main() {
    let durations_s: Vec<u64> = vec![59, 61, 3600];
    let minutes: Vec<u64> = durations_s.iter().map(|s| s // 60).collect();
    println!("{minutes:?}");
}
