//! mistake: a generic `[max(row) for row in rows]` with `T: PartialOrd` only, where `Iterator::max` needs `Ord`
//! offending: max
//! category: type
use comprehensions::comp;

fn row_maxes<T: PartialOrd + Copy>(rows: &[Vec<T>]) -> Vec<T> {
    comp![*row.iter().max().unwrap() for row in rows]
}

fn main() {
    println!("{:?}", row_maxes(&[vec![1.5, 2.5], vec![0.5]]));
}
