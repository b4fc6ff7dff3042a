//! mistake: Python's `row[-1]` to take the last item (hand-written)
fn main() {
    let rows = vec![vec![1, 2, 3], vec![4, 5]];
    let mut last = Vec::new();
    for row in &rows {
        last.push(row[-1]);
    }
    println!("{last:?}");
}
