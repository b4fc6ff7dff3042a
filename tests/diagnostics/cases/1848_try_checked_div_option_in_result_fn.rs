//! mistake: an `Option`'s `?` (`checked_div`) in a function returning `Result<_, String>` (Python's `ZeroDivisionError` would propagate)
//! offending: n.checked_div(*d)?
//! category: try
use comprehensions::comp;

fn ratios(num: &[u32], den: &[u32]) -> Result<Vec<u32>, String> {
    comp![n.checked_div(*d)? for (n, d) in num.iter().zip(den)]
}

fn main() {
    println!("{:?}", ratios(&[10, 20], &[2, 0]));
}
