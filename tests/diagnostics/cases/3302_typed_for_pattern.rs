//! mistake: annotated the loop pattern's type, `for p: &Post in ..`, as a Python type hint
//! offending: : &Post
//! category: syntax
use comprehensions::comp;

struct Post {
    id: u64,
    draft: bool,
}

fn main() {
    let posts = vec![Post { id: 1, draft: true }, Post { id: 2, draft: false }];
    let published = comp![p.id for p: &Post in &posts if !p.draft];
    println!("{published:?}");
}
