//! mistake: Python's `sorted(xs)` in the iterable (hand-written)
fn main() {
    let scores = vec![70, 95, 88];
    let mut ranking = Vec::new();
    for s in sorted(scores) {
        ranking.push(format!("{s} pts"));
    }
    println!("{ranking:?}");
}
