//! mistake: Python's `{w: i for i, w in enumerate(self.vocab)}` keyed by `&String` where the index is a `HashMap<String, usize>`
//! offending: insert(w, i)
//! category: type
use std::collections::HashMap;

struct Vocab {
    words: Vec<String>,
}

impl Vocab {
    fn index(&self) -> HashMap<String, usize> {
        let mut out = HashMap::new();
        for (i, w) in self.words.iter().enumerate() {
            out.insert(w, i);
        }
        out
    }
}

fn main() {
    let v = Vocab { words: vec!["the".into(), "cat".into()] };
    println!("{:?}", v.index().get("cat"));
}
