//! mistake: the walrus typed as a plain `=`, `(y = x * 3)`, inside a filter
//! offending: y = x * 3
//! category: syntax
fn main() {
    let xs = vec![1, 2, 5];
    let mut big = Vec::new();
    for x in &xs {
        if (y = x * 3) > 10 {
            big.push(y);
        }
    }
    println!("{big:?}");
}
