//! mistake: Python generator habit: writes `yield` in front of the mapped value, as in a generator function body
//! offending: yield
//! category: python-habit
fn squares(nums: &[u64]) -> impl Iterator<Item = u64> + '_ {
    nums.iter().map(|n| yield n * n)
}

fn main() {
    let nums = vec![1u64, 2, 3];
    let total: u64 = squares(&nums).sum();
    println!("{total}");
}
