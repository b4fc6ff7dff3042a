//! mistake: `reversed(...)` of a lazy form over a `HashMap` (its iterator is not double-ended)
//! offending: rev()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let scores: HashMap<&str, u32> = HashMap::from([("ann", 30), ("bob", 50), ("cy", 40)]);
    let ranking: Vec<String> = comp!((format!("{name}: {pts}") for (name, pts) in &scores)).rev().collect();
    println!("{}", ranking.join("\n"));
}
