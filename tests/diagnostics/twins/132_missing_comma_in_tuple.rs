//! mistake: a missing comma inside a tuple element (hand-written)
fn main() {
    let rows = vec![("ana", 3), ("bo", 5)];
    let mut pairs = Vec::new();
    for (name, score) in rows {
        pairs.push((name score));
    }
    println!("{pairs:?}");
}
