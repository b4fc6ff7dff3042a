//! mistake: iterated `posts` by value (Python never moves) and used it afterwards
//! offending: posts.len()
//! category: ownership
use comprehensions::comp;

struct Post {
    id: u64,
    likes: u32,
}

fn main() {
    let posts = vec![Post { id: 1, likes: 3 }, Post { id: 2, likes: 8 }];
    let liked = comp![p.id for p in posts if p.likes > 5];
    println!("{} of {} posts liked", liked.len(), posts.len());
}
