//! mistake: half-typed nested loop, a second `for` with nothing after it yet (hand-written)
//! offending: for
fn main() {
    let matrix = vec![vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for row in &matrix {
        for
    }
    println!("{flat:?}");
}
