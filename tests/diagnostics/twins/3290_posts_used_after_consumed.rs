//! mistake: iterated `posts` by value (Python never moves) and used it afterwards
//! offending: posts.len()
//! category: ownership
struct Post {
    id: u64,
    likes: u32,
}

fn main() {
    let posts = vec![Post { id: 1, likes: 3 }, Post { id: 2, likes: 8 }];
    let mut liked = Vec::new();
    for p in posts {
        if p.likes > 5 {
            liked.push(p.id);
        }
    }
    println!("{} of {} posts liked", liked.len(), posts.len());
}
