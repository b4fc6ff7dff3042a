//! mistake: `.contains(p.author)` on a collected `Vec` in a filter: `contains` takes a reference
//! offending: p.author
//! category: python-habit

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
    let visible: Vec<String> = posts
        .iter()
        .filter(|p| !banned.iter().map(|u| u.id).collect::<Vec<_>>().contains(p.author))
        .map(|p| p.title.clone())
        .collect();
    println!("{visible:?}");
}
