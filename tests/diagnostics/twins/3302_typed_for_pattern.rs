//! mistake: annotated the loop pattern's type, `for p: &Post in ..`, as a Python type hint
//! offending: : &Post
//! category: syntax
struct Post {
    id: u64,
    draft: bool,
}

fn main() {
    let posts = vec![Post { id: 1, draft: true }, Post { id: 2, draft: false }];
    let mut published = Vec::new();
    for p: &Post in &posts {
        if !p.draft {
            published.push(p.id);
        }
    }
    println!("{published:?}");
}
