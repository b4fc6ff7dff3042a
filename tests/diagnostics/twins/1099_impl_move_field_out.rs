//! mistake: iterating a field by value inside a &self method
//! offending: self.tags
//! category: ownership
struct Post {
    tags: Vec<String>,
}

impl Post {
    fn hashtags(&self) -> Vec<String> {
        let mut out = Vec::new();
        for t in self.tags {
            if !t.is_empty() {
                out.push(format!("#{t}"));
            }
        }
        out
    }
}

fn main() {
    let p = Post { tags: vec!["rust".into(), "".into(), "python".into()] };
    println!("{:?}", p.hashtags());
}
