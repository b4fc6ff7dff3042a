//! mistake: Python's `2 ** i` as `2.pow(i)` on an untyped integer literal (hand-written)
fn main() {
    let mut powers = Vec::new();
    for i in 0..10 {
        powers.push(2.pow(i));
    }
    println!("{powers:?}");
}
