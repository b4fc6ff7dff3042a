//! mistake: a map value written as an `if` without `else` (the user wants to drop negatives)
//! offending: if v >= 0 { v }
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let balances = vec![("ann", 30), ("bob", -5)];
    let positive: HashMap<&str, i32> = balances.into_iter().map(|(k, v)| (k, if v >= 0 { v })).collect();
    println!("{positive:?}");
}
