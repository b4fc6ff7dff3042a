//! mistake: takes `row[0]` of a generic `T` by value, which moves out of the row without `T: Copy` (or a clone)
//! offending: row[0]
//! category: ownership
fn first_column<T>(rows: &[Vec<T>]) -> Vec<T> {
    let mut out = Vec::new();
    for row in rows {
        out.push(row[0]);
    }
    out
}

fn main() {
    let rows = vec![vec![1, 2], vec![3, 4]];
    println!("{:?}", first_column(&rows));
}
