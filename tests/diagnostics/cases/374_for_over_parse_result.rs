//! mistake: Python's `[int(x) for x in line.split()]` with the `split` forgotten: iterating the `Result` of `parse` (zero or one item)
//! offending: line.trim().parse::<i64>()
//! category: lint
use comprehensions::comp;

fn main() {
    let line = "10 20 30";
    let nums = comp![n * 2 for n in line.trim().parse::<i64>()];
    println!("{nums:?}");
}
