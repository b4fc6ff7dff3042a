//! mistake: a dict value written as a conditional without `else` (the user wants to drop negatives)
//! offending: v if v >= 0
//! category: python-habit
use comprehensions::comp;

fn main() {
    let balances = vec![("ann", 30), ("bob", -5)];
    let positive = comp!({k: v if v >= 0 for (k, v) in balances});
    println!("{positive:?}");
}
