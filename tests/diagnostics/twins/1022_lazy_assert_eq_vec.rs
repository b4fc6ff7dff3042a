//! mistake: a test compares an iterator chain with a vec!
//! offending: assert_eq!(ns.iter().map(|n| n * 10), vec![10, 20, 30])
//! category: type
fn main() {
    let ns = vec![1, 2, 3];
    assert_eq!(ns.iter().map(|n| n * 10), vec![10, 20, 30]);
}
