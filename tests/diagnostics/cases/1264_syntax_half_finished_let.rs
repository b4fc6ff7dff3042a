//! mistake: a `let` clause left half-typed: `let slug =` with no value before the next clause
//! offending: if
//! category: syntax
use comprehensions::comp;

struct Post {
    title: String,
    draft: bool,
}

struct Blog {
    posts: Vec<Post>,
}

impl Blog {
    fn slugs(&self) -> Vec<String> {
        comp![slug for p in &self.posts let slug = if !p.draft]
    }
}

fn main() {
    let b = Blog { posts: vec![Post { title: "Hello World".into(), draft: false }] };
    println!("{:?} {}", b.slugs(), b.posts[0].title);
}
