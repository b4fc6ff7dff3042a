//! mistake: Python's `p.author not in [u.id for u in banned]` as `.contains(p.author)`: `contains` takes a reference
//! offending: p.author
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
}

struct Post {
    author: u32,
    title: String,
}

fn main() {
    let banned = vec![User { id: 2 }];
    let posts = vec![Post { author: 1, title: "hi".into() }, Post { author: 2, title: "spam".into() }];
    let visible = comp![p.title.clone() for p in &posts if !comp![u.id for u in &banned].contains(p.author)];
    println!("{visible:?}");
}
