//! mistake: `0 <= x < 10` where `x` is a `&i32` from `.iter()` and the bounds are integers
//! offending: 0 <= x
//! category: type
use comprehensions::comp;

fn main() {
    let digits = vec![3, 12, -1, 7];
    let valid = comp![x for x in digits.iter() if 0 <= x < 10];
    println!("{valid:?}");
}
