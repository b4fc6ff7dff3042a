fn main() {
    let rows = vec![vec![1, 2], vec![3, 4]];
    let with_totals: Vec<_> = rows.iter().map(|row| [*row, row.iter().sum::<i32>()]).collect();
    println!("{with_totals:?}");
}
