//! mistake: a JavaScript arrow function `v => v / max` inside the element (Rust: |v| v / max)
//! offending: v => v / max
//! category: syntax
use comprehensions::comp;

fn main() {
    let matrix: Vec<Vec<f64>> = vec![vec![1.0, 2.0], vec![4.0, 8.0]];
    let max = 8.0;
    // Python: scaled = [[v / mx for v in row] for row in matrix]
    let scaled: Vec<Vec<f64>> = comp![row.iter().map(v => v / max).collect() for row in &matrix];
    println!("{:?}", scaled);
}
