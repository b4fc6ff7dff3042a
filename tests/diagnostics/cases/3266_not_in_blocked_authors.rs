//! mistake: filtered the feed with Python's `not in` membership test on a `HashSet`
//! offending: p.author_id not in blocked
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

struct Post {
    id: u64,
    author_id: u64,
}

fn main() {
    let feed = vec![Post { id: 1, author_id: 10 }, Post { id: 2, author_id: 11 }, Post { id: 3, author_id: 12 }];
    let blocked: HashSet<u64> = [11].into_iter().collect();
    let visible = comp![p.id for p in &feed if p.author_id not in blocked];
    println!("{visible:?}");
}
