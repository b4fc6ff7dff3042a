//! mistake: Python's `[i for i in range(n) if mask >> i & 1]`, an integer used as the filter's truth value
//! offending: mask >> i & 1
//! category: python-habit
fn main() {
    let (n, mask) = (5u32, 0b10110u32);
    let members = (0..n).filter(|&i| mask >> i & 1).collect::<Vec<_>>();
    println!("{members:?}");
}
