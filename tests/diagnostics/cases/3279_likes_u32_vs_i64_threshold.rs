//! mistake: compared a `u32` like count with an `i64` threshold from the config
//! offending: min_likes
//! category: type
use comprehensions::comp;

struct Post {
    id: u64,
    likes: u32,
}

struct FeedConfig {
    min_likes: i64,
}

fn main() {
    let cfg = FeedConfig { min_likes: 10 };
    let posts = vec![Post { id: 1, likes: 4 }, Post { id: 2, likes: 99 }];
    let min_likes = cfg.min_likes;
    let popular = comp![p.id for p in &posts if p.likes >= min_likes];
    println!("{popular:?}");
}
