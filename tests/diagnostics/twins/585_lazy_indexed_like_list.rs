//! mistake: indexing an iterator chain like a list (hand-written)
fn main() {
    let xs = vec![3, 1, 4, 1, 5];
    let squares = xs.iter().filter(|x| *x % 2 == 1).map(|x| x * x);
    println!("first odd square: {}", squares[0]);
}
