//! mistake: an irrefutable `if let y = x * 2` clause (meant a `let` clause) (hand-written)
fn main() {
    let xs = vec![3, 4];
    let mut doubled = Vec::new();
    for x in xs {
        if let y = x * 2 {
            doubled.push(y + 1);
        }
    }
    println!("{doubled:?}");
}
