//! mistake: clones rows of a generic `T` without `T: Clone`, so `.clone()` copies the reference
//! offending: r.clone()
//! category: type
fn non_empty<T>(rows: &[Vec<T>]) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    for r in rows {
        if !r.is_empty() {
            out.push(r.clone());
        }
    }
    out
}

fn main() {
    let rows = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", non_empty(&rows));
}
