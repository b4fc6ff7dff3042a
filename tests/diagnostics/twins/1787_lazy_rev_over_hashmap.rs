//! mistake: `reversed(...)` of a lazy form over a `HashMap` (its iterator is not double-ended)
//! offending: rev()
//! category: type
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, u32> = HashMap::from([("ann", 30), ("bob", 50), ("cy", 40)]);
    let ranking: Vec<String> = scores.iter().map(|(name, pts)| format!("{name}: {pts}")).rev().collect();
    println!("{}", ranking.join("\n"));
}
