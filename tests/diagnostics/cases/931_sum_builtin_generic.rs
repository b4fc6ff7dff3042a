//! mistake: called Python's builtin `sum(..)` on a lazy comprehension in a generic function
//! offending: sum
//! category: python-habit
use comprehensions::comp;

fn mean<T: Copy + Into<f64>>(xs: &[T]) -> f64 {
    let total: f64 = sum(comp!((x.into() for x in xs.iter().copied())));
    total / xs.len() as f64
}

fn main() {
    println!("{}", mean(&[1u8, 2, 4]));
}
