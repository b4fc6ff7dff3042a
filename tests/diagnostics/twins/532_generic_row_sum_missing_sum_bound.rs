fn row_totals<T: Copy>(rows: &[Vec<T>]) -> Vec<T> {
    rows.iter().map(|row| row.iter().copied().sum()).collect()
}

fn main() {
    println!("{:?}", row_totals(&[vec![1, 2], vec![3]]));
}
