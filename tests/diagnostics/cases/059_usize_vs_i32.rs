//! mistake: comparing `w.len()` (a `usize`) with an `i32` setting
//! offending: min_len
//! category: type
use comprehensions::comp;

fn main() {
    let min_len: i32 = 4;
    let words = ["tree", "a", "forest"];
    let long = comp![w for w in words if w.len() >= min_len];
    println!("{long:?}");
}
