//! mistake: looped over broadcast shards with Python's `range(0, n)`
//! offending: range(0, shard_count)
//! category: python-habit
fn main() {
    let shard_count: u64 = 4;
    let user_ids: Vec<u64> = vec![101, 202, 303, 404, 505];
    let mut shards = Vec::new();
    for shard in range(0, shard_count) {
        shards.push(user_ids.iter().filter(|id| *id % shard_count == shard).copied().collect::<Vec<u64>>());
    }
    println!("{shards:?}");
}
