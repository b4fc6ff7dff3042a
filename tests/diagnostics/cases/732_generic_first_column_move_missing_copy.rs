//! mistake: takes `row[0]` of a generic `T` by value, which moves out of the row without `T: Copy` (or a clone)
//! offending: row[0]
//! category: ownership
use comprehensions::comp;

fn first_column<T>(rows: &[Vec<T>]) -> Vec<T> {
    comp![row[0] for row in rows]
}

fn main() {
    let rows = vec![vec![1, 2], vec![3, 4]];
    println!("{:?}", first_column(&rows));
}
