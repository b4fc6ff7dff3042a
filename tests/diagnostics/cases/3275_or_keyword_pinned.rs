//! mistake: combined feed filters with Python's `or` keyword
//! offending: or
//! category: python-habit
use comprehensions::comp;

struct Post {
    id: u64,
    pinned: bool,
    likes: u32,
}

fn main() {
    let posts = vec![
        Post { id: 1, pinned: true, likes: 3 },
        Post { id: 2, pinned: false, likes: 5000 },
        Post { id: 3, pinned: false, likes: 7 },
    ];
    let highlighted = comp![p.id for p in &posts if p.pinned or p.likes > 1000];
    println!("{highlighted:?}");
}
