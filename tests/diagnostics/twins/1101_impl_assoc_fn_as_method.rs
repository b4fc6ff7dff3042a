//! mistake: calling an associated function (no self) as self.normalize(..), Python staticmethod style
//! offending: normalize
//! category: type
struct Index {
    words: Vec<String>,
}

impl Index {
    fn normalize(w: &str) -> String {
        w.trim().to_lowercase()
    }

    fn keys(&self) -> Vec<String> {
        self.words.iter().map(|w| self.normalize(w)).collect()
    }
}

fn main() {
    let i = Index { words: vec![" Foo".into(), "BAR ".into()] };
    println!("{:?}", i.keys());
}
