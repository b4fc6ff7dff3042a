//! mistake: stored `.len()` (a `usize`) as the value of a `HashMap<u64, u32>`
//! offending: u.followers.len()
//! category: type
use std::collections::HashMap;

struct User {
    id: u64,
    followers: Vec<u64>,
}

fn main() {
    let users = vec![User { id: 1, followers: vec![2, 3] }, User { id: 2, followers: vec![1] }];
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for u in &users {
        counts.insert(u.id, u.followers.len());
    }
    println!("{counts:?}");
}
