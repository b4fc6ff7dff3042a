//! mistake: Python's `ord(c) - ord('a')` for a letter's index (hand-written)
fn main() {
    let word = "hello";
    let shifts: Vec<u32> = word.chars().map(|c| ord(c) - ord('a')).collect();
    println!("{shifts:?}");
}
