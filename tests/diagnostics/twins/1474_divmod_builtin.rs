//! mistake: Python's `divmod(n, 10)` builtin to split off the last digit
//! offending: divmod
//! category: python-habit
fn main() {
    let nums = vec![125u32, 7, 64];
    let parts = nums.iter().map(|&n| divmod(n, 10)).collect::<Vec<_>>();
    println!("{parts:?}");
}
