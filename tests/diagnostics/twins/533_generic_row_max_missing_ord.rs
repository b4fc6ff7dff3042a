fn row_max<T: Copy>(rows: &[Vec<T>]) -> Vec<T> {
    let mut out = Vec::new();
    for row in rows {
        if let Some(m) = row.iter().copied().max() {
            out.push(m);
        }
    }
    out
}

fn main() {
    println!("{:?}", row_max(&[vec![1, 2], vec![]]));
}
