//! mistake: returning a lazy iterator over `&nums`, a local vector dropped at the end of the function
//! offending: &nums
//! category: ownership
use comprehensions::comp;

fn squares(n: u64) -> impl Iterator<Item = u64> {
    let nums: Vec<u64> = (1..=n).collect();
    comp!((x * x for x in &nums))
}

fn main() {
    println!("{}", squares(10).sum::<u64>());
}
