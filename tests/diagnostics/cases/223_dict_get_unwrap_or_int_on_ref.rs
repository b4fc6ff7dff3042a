//! mistake: `{u: scores.get(u).unwrap_or(0) for u in users}` (Python's `scores.get(u, 0)`), but `get` gives `Option<&u32>`
//! offending: 0
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, u32> = [("ann", 10), ("bob", 7)].into_iter().collect();
    let users = vec!["ann", "bob", "cid"];
    // Python: report = {u: scores.get(u, 0) for u in users}
    let report: HashMap<&str, u32> = comp!({u: scores.get(u).unwrap_or(0) for u in users});
    println!("{report:?}");
}
