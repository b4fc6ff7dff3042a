//! mistake: a chained comparison of `u64` timestamps against an `i64` window
//! offending: start <= t < end
//! category: type
use comprehensions::comp;

fn main() {
    let stamps: Vec<u64> = vec![100, 250, 900];
    let start: i64 = 200;
    let end: i64 = 1000;
    let inside = comp![t for &t in &stamps if start <= t < end];
    println!("{inside:?}");
}
