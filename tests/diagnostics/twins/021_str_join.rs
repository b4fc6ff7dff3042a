//! mistake: Python's `", ".join(words)` on the separator (hand-written)
fn main() {
    let rows = vec![vec!["a", "b"], vec!["c"]];
    let mut csv = Vec::new();
    for row in &rows {
        csv.push(",".join(row));
    }
    println!("{csv:?}");
}
