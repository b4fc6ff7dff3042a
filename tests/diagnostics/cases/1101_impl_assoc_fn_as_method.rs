//! mistake: calling an associated function (no self) as self.normalize(..), Python staticmethod style
//! offending: normalize
//! category: type
use comprehensions::comp;

struct Index {
    words: Vec<String>,
}

impl Index {
    fn normalize(w: &str) -> String {
        w.trim().to_lowercase()
    }

    fn keys(&self) -> Vec<String> {
        comp![self.normalize(w) for w in &self.words]
    }
}

fn main() {
    let i = Index { words: vec![" Foo".into(), "BAR ".into()] };
    println!("{:?}", i.keys());
}
