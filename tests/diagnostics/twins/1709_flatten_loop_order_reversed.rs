//! mistake: flattening a matrix with the `for` clauses in the wrong order (inner loop first)
//! offending: in row
//! category: syntax
fn main() {
    let matrix = vec![vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for x in row {
        for row in &matrix {
            flat.push(x);
        }
    }
    println!("{flat:?}");
}
