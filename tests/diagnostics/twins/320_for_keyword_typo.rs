//! mistake: a typo in the `for` keyword while typing, `fro` (hand-written)
//! offending: fro p
fn main() {
    let prices = vec![3, 5, 8];
    let mut doubled = Vec::new();
    fro p in &prices {
        doubled.push(p * 2);
    }
    println!("{doubled:?}");
}
