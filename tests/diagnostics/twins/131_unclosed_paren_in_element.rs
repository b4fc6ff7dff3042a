//! mistake: an unclosed parenthesis in a tuple element (hand-written)
fn main() {
    let rows = vec![("ana", 3), ("bo", 5)];
    let scaled: Vec<(&str, i32)> = rows.into_iter().map(|(name, score)| (name, score * 10).collect();
    println!("{scaled:?}");
}
