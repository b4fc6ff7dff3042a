//! mistake: Python generator habit: writes `yield` in front of the lazy form's element, as in a generator function body
//! offending: yield
//! category: python-habit
use comprehensions::comp;

fn squares(nums: &[u64]) -> impl Iterator<Item = u64> + '_ {
    comp!((yield n * n for n in nums))
}

fn main() {
    let nums = vec![1u64, 2, 3];
    let total: u64 = squares(&nums).sum();
    println!("{total}");
}
