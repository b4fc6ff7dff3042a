fn main() {
    let matrix: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![4.0, 8.0]];
    let max = 8.0;
    let mut scaled: Vec<Vec<f64>> = Vec::new();
    for row in &matrix {
        scaled.push(row.iter().map(v => v / max).collect());
    }
    println!("{:?}", scaled);
}
