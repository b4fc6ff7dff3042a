//! mistake: iterates row.first(), an Option, in an inner for clause, as Python's `for x in row[:1]`
//! category: lint
fn main() {
    let rows = vec![vec![1, 2], vec![], vec![3]];
    let mut firsts = Vec::new();
    for row in &rows {
        for x in row.first() {
            firsts.push(*x);
        }
    }
    println!("{firsts:?}");
}
