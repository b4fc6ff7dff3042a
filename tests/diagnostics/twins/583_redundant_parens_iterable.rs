//! mistake: parentheses around a `for` loop's range (hand-written)
fn main() {
    let n = 5;
    let mut squares = Vec::new();
    for i in (0..n) {
        squares.push(i * i);
    }
    println!("{squares:?}");
}
