//! mistake: comparing s.len() (usize) with an i32 threshold parsed from config
//! offending: min_len
//! category: type
fn main() {
    let min_len: i32 = "4".parse().unwrap();
    let words = vec!["ox", "zebra", "yak", "lemur"];
    let kept: Vec<&str> = words.into_iter().filter(|w| w.len() >= min_len).collect();
    println!("{kept:?}");
}
