//! mistake: a `&self` method returns `Vec<&str>` whose items borrow a `String` made per item in a `let` clause (`to_lowercase()`), not `self`
//! offending: low.trim()
//! category: ownership
use comprehensions::comp;

struct Doc {
    tags: Vec<String>,
}

impl Doc {
    // Python: def keys(self): return [t.lower().strip() for t in self.tags]
    fn keys(&self) -> Vec<&str> {
        comp![low.trim() for t in &self.tags let low = t.to_lowercase()]
    }
}

fn main() {
    let d = Doc { tags: vec![" Rust ".to_string(), "Python".to_string()] };
    println!("{:?}", d.keys());
}
