//! mistake: sorting each row in place in the element while iterating &rows (Python's sorted(row))
fn main() {
    let rows = vec![vec![3, 1, 2], vec![9, 7]];
    let mut medians = Vec::new();
    for row in &rows {
        row.sort();
        medians.push(row[row.len() / 2]);
    }
    println!("{medians:?}");
}
