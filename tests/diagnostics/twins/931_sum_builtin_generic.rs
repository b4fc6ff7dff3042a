//! mistake: called Python's builtin `sum(..)` on an iterator chain in a generic function
//! offending: sum
//! category: python-habit
fn mean<T: Copy + Into<f64>>(xs: &[T]) -> f64 {
    let total: f64 = sum(xs.iter().copied().map(|x| x.into()));
    total / xs.len() as f64
}

fn main() {
    println!("{}", mean(&[1u8, 2, 4]));
}
