//! mistake: wrote a set display `{..}` where the audience is declared a `Vec<u64>`
//! offending: authors.iter().flat_map(|a| a.followers.iter().copied()).collect::<HashSet<u64>>()
//! category: type
use std::collections::HashSet;

struct Author {
    followers: Vec<u64>,
}

fn main() {
    let authors = vec![Author { followers: vec![1, 2, 3] }, Author { followers: vec![3, 4] }];
    let audience: Vec<u64> = authors.iter().flat_map(|a| a.followers.iter().copied()).collect::<HashSet<u64>>();
    println!("fan-out to {} users", audience.len());
}
