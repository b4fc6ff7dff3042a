//! mistake: put the `usize` index from `enumerate` into a `u32` rank field
//! offending: rank: i
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct FeedEntry {
    rank: u32,
    post_id: u64,
}

fn main() {
    let ranked_ids: Vec<u64> = vec![88, 12, 301];
    let entries = comp![FeedEntry { rank: i, post_id: *id } for (i, id) in ranked_ids.iter().enumerate()];
    println!("{entries:?}");
}
