//! mistake: put the `usize` index from `enumerate` into a `u32` rank field
//! offending: rank: i
//! category: type
#[derive(Debug)]
struct FeedEntry {
    rank: u32,
    post_id: u64,
}

fn main() {
    let ranked_ids: Vec<u64> = vec![88, 12, 301];
    let entries: Vec<FeedEntry> = ranked_ids.iter().enumerate().map(|(i, id)| FeedEntry { rank: i, post_id: *id }).collect();
    println!("{entries:?}");
}
