//! mistake: Python's `divmod(n, 10)` builtin to split off the last digit
//! offending: divmod
//! category: python-habit
use comprehensions::comp;

fn main() {
    let nums = vec![125u32, 7, 64];
    let parts = comp![divmod(n, 10) for &n in &nums];
    println!("{parts:?}");
}
