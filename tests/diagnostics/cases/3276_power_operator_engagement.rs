//! mistake: squared the like count with Python's `**` operator
//! offending: p.likes ** 2
//! category: python-habit
use comprehensions::comp;

struct Post {
    id: u64,
    likes: u32,
    shares: u32,
}

fn main() {
    let posts = vec![Post { id: 1, likes: 12, shares: 3 }, Post { id: 2, likes: 40, shares: 0 }];
    let scores = comp![(p.id, p.likes ** 2 + p.shares) for p in &posts];
    println!("{scores:?}");
}
