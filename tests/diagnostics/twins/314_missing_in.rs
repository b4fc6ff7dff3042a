//! mistake: the `in` forgotten while typing the loop, `for w words` (hand-written)
fn main() {
    let words = vec!["apple", "kiwi"];
    let mut lengths = Vec::new();
    for w words {
        lengths.push(w.len());
    }
    println!("{lengths:?}");
}
