//! mistake: `0..n.step_by(2)` without parentheses (hand-written)
fn main() {
    let n = 10;
    let mut evens = Vec::new();
    for i in 0..n.step_by(2) {
        evens.push(i * i);
    }
    println!("{evens:?}");
}
