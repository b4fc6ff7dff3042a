//! mistake: Python's row[-1] + 1 as row.last() + 1 (last() is an Option<&i32>)
fn main() {
    let rows = vec![vec![1, 2, 3], vec![7, 8]];
    let mut next_ids = Vec::new();
    for row in &rows {
        next_ids.push(row.last() + 1);
    }
    println!("{next_ids:?}");
}
