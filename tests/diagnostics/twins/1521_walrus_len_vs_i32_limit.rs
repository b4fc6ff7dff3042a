//! mistake: a walrus-bound `len()` (a `usize`) compared with an `i32` limit
//! offending: min_len {
//! category: type
fn main() {
    let words = vec!["a", "abcd", "abcdef"];
    let min_len: i32 = 3;
    let mut long = Vec::new();
    for w in &words {
        let n = w.len();
        if n > min_len {
            long.push((w, n));
        }
    }
    println!("{long:?}");
}
