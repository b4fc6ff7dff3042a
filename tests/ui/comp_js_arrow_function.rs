// JavaScript's arrow function among a call's arguments: one error, in
// Rust's spelling (the call keeps its callee, so nothing else is reported).
use comprehensions::comp;

fn main() {
    let matrix = vec![vec![1.0, 2.0], vec![3.0, 4.0]];
    let max = 4.0;
    let _scaled: Vec<Vec<f64>> = comp![row.iter().map(v => v / max).collect() for row in &matrix];
}
