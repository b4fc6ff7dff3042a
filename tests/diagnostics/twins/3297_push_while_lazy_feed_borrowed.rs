//! mistake: pushed a new post into `feed` while a lazy comprehension still borrows it
//! offending: feed.push(Post { id: 4, ts: 500 })
//! category: ownership
struct Post {
    id: u64,
    ts: u64,
}

fn main() {
    let mut feed = vec![Post { id: 1, ts: 100 }, Post { id: 2, ts: 300 }, Post { id: 3, ts: 400 }];
    let cutoff = 250;
    let recent = feed.iter().filter(|p| p.ts > cutoff).map(|p| p.id);
    feed.push(Post { id: 4, ts: 500 });
    let ids: Vec<u64> = recent.collect();
    println!("{ids:?}");
}
