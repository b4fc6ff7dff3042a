//! mistake: comparing `w.len()` (a `usize`) with an `i32` setting (hand-written)
fn main() {
    let min_len: i32 = 4;
    let words = ["tree", "a", "forest"];
    let long: Vec<&str> = words.into_iter().filter(|w| w.len() >= min_len).collect();
    println!("{long:?}");
}
