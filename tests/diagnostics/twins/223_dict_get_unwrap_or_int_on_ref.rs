//! mistake: `scores.get(u).unwrap_or(0)` on `Option<&u32>` (hand-written)
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, u32> = [("ann", 10), ("bob", 7)].into_iter().collect();
    let users = vec!["ann", "bob", "cid"];
    let report: HashMap<&str, u32> = users.iter().map(|&u| (u, scores.get(u).unwrap_or(0))).collect();
    println!("{report:?}");
}
