//! mistake: Python's `[i for i in range(n) if mask >> i & 1]`, an integer used as the filter's truth value
//! offending: mask >> i & 1
//! category: python-habit
use comprehensions::comp;

fn main() {
    let (n, mask) = (5u32, 0b10110u32);
    let members = comp![i for i in 0..n if mask >> i & 1];
    println!("{members:?}");
}
