//! mistake: iterating `xs.sort()` (which returns `()`) for Python's `sorted(xs)` (hand-written)
fn main() {
    let mut scores = vec![70, 95, 88];
    let mut ranking = Vec::new();
    for s in scores.sort() {
        ranking.push(format!("{s} pts"));
    }
    println!("{ranking:?}");
}
