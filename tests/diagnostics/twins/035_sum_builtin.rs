//! mistake: Python's `sum(row)` as a free function (hand-written)
fn main() {
    let matrix = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let row_totals: Vec<i32> = matrix.iter().map(|row| sum(row)).collect();
    println!("{row_totals:?}");
}
