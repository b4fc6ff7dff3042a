//! mistake: a walrus-bound `len()` (a `usize`) compared with an `i32` limit
//! offending: min_len]
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["a", "abcd", "abcdef"];
    let min_len: i32 = 3;
    let long = comp![(w, n) for w in &words if (n := w.len()) > min_len];
    println!("{long:?}");
}
