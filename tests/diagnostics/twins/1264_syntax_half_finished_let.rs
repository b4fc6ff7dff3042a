//! mistake: a `let` left half-typed: `let slug =` with no value before the next statement
//! offending: if
//! category: syntax

struct Post {
    title: String,
    draft: bool,
}

struct Blog {
    posts: Vec<Post>,
}

impl Blog {
    fn slugs(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in &self.posts {
            let slug = 
            if !p.draft {
                out.push(slug);
            }
        }
        out
    }
}

fn main() {
    let b = Blog { posts: vec![Post { title: "Hello World".into(), draft: false }] };
    println!("{:?} {}", b.slugs(), b.posts[0].title);
}
