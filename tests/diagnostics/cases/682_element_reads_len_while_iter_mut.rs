//! mistake: iterates `v.iter_mut()` and reads `v.len()` in the element, borrowing the list while it is mutably borrowed
//! offending: v.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut v = vec![2.0_f64, 4.0, 6.0];
    let shares = comp![{ *x += 1.0; *x / v.len() as f64 } for x in v.iter_mut()];
    println!("{shares:?}");
}
