//! mistake: returning a lazy iterator over `&nums`, a local vector dropped at the end of the function
//! offending: nums
//! category: ownership
fn squares(n: u64) -> impl Iterator<Item = u64> {
    let nums: Vec<u64> = (1..=n).collect();
    nums.iter().map(|x| x * x)
}

fn main() {
    println!("{}", squares(10).sum::<u64>());
}
