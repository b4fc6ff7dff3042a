//! mistake: Python's `for i, x in enumerate(a)` kept out of habit, the index never used
//! offending: (i, x)
//! category: lint
fn main() {
    let a = vec![3, 1, 4];
    let doubled = a.iter().enumerate().map(|(i, x)| x * 2).collect::<Vec<_>>();
    println!("{doubled:?}");
}
