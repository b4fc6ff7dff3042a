//! mistake: a generic `fn row_max<T: Copy>` takes `max()` of each row without a `T: Ord` bound
//! offending: max
//! category: type
use comprehensions::comp;

// Python: def row_max(rows): return [max(row) for row in rows if row]
fn row_max<T: Copy>(rows: &[Vec<T>]) -> Vec<T> {
    comp![m for row in rows if let Some(m) = row.iter().copied().max()]
}

fn main() {
    println!("{:?}", row_max(&[vec![1, 2], vec![]]));
}
