//! mistake: called Python's builtin `len(r)` on each row in a generic function
//! offending: len
//! category: python-habit
fn widths<T>(rows: &[Vec<T>]) -> Vec<usize> {
    rows.iter().map(|r| len(r)).collect()
}

fn main() {
    println!("{:?}", widths(&[vec![1, 2], vec![3]]));
}
