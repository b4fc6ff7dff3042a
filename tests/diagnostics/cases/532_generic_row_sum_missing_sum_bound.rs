//! mistake: a generic `fn row_totals<T: Copy>` sums each row without a `T: Sum` bound (Python's `sum(row)` works on any numbers)
//! offending: sum
//! category: type
use comprehensions::comp;

// Python: def row_totals(rows): return [sum(row) for row in rows]
fn row_totals<T: Copy>(rows: &[Vec<T>]) -> Vec<T> {
    comp![row.iter().copied().sum() for row in rows]
}

fn main() {
    println!("{:?}", row_totals(&[vec![1, 2], vec![3]]));
}
