//! mistake: nested `for` clauses in the wrong order (`for x in row for row in grid`) (hand-written)
fn main() {
    let grid = vec![vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for x in row {
        for row in &grid {
            flat.push(x);
        }
    }
    println!("{flat:?}");
}
