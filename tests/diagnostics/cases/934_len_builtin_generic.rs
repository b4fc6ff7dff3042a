//! mistake: called Python's builtin `len(r)` on each row in a generic function
//! offending: len
//! category: python-habit
use comprehensions::comp;

fn widths<T>(rows: &[Vec<T>]) -> Vec<usize> {
    comp![len(r) for r in rows]
}

fn main() {
    println!("{:?}", widths(&[vec![1, 2], vec![3]]));
}
