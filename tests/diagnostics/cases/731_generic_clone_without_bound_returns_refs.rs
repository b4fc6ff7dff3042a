//! mistake: clones rows of a generic `T` without `T: Clone`, so `.clone()` copies the reference
//! offending: r.clone()
//! category: type
use comprehensions::comp;

fn non_empty<T>(rows: &[Vec<T>]) -> Vec<Vec<T>> {
    comp![r.clone() for r in rows if !r.is_empty()]
}

fn main() {
    let rows = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", non_empty(&rows));
}
