//! mistake: iterating a field by value inside a &self method
//! offending: self.tags
//! category: ownership
use comprehensions::comp;

struct Post {
    tags: Vec<String>,
}

impl Post {
    fn hashtags(&self) -> Vec<String> {
        comp![format!("#{t}") for t in self.tags if !t.is_empty()]
    }
}

fn main() {
    let p = Post { tags: vec!["rust".into(), "".into(), "python".into()] };
    println!("{:?}", p.hashtags());
}
