//! mistake: a chained comparison of `u64` timestamps against an `i64` window
//! offending: start <= t && t < end
//! category: type
fn main() {
    let stamps: Vec<u64> = vec![100, 250, 900];
    let start: i64 = 200;
    let end: i64 = 1000;
    let inside: Vec<u64> = stamps.iter().copied().filter(|&t| start <= t && t < end).collect();
    println!("{inside:?}");
}
