//! mistake: looped over broadcast shards with Python's `range(0, n)`
//! offending: range(0, shard_count)
//! category: python-habit
use comprehensions::{comp};
fn main() {
    let shard_count: u64 = 4;
    let user_ids: Vec<u64> = vec![101, 202, 303, 404, 505];
    let shards = comp![
        comp![*id for id in &user_ids if id % shard_count == shard]
        for shard in range(0, shard_count)
    ];
    println!("{shards:?}");
}
