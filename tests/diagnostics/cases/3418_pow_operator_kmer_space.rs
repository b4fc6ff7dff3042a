//! mistake: wrote the number of possible k-mers as Python's `4 ** k` instead of `4u64.pow(k)`
//! offending: 4 ** k
//! category: python-habit
use comprehensions::comp;

fn main() {
    let space: Vec<u64> = comp![4 ** k for k in 1..=8];
    println!("{space:?}");
}
