//! mistake: comparing s.len() (usize) with an i32 threshold parsed from config
//! offending: min_len
//! category: type
use comprehensions::comp;

fn main() {
    let min_len: i32 = "4".parse().unwrap();
    let words = vec!["ox", "zebra", "yak", "lemur"];
    let kept = comp![w for w in words if w.len() >= min_len];
    println!("{kept:?}");
}
