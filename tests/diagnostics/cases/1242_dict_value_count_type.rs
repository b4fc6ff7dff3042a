//! mistake: a dict comprehension into a `HashMap<String, usize>` whose value is a `u32` count (Python's ints never differed)
//! offending: self.count(w)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Corpus {
    words: Vec<String>,
}

impl Corpus {
    fn count(&self, word: &str) -> u32 {
        self.words.iter().filter(|w| *w == word).count() as u32
    }

    fn histogram(&self) -> HashMap<String, usize> {
        comp!({w.clone(): self.count(w) for w in &self.words})
    }
}

fn main() {
    let c = Corpus { words: vec!["a".into(), "b".into(), "a".into()] };
    println!("{:?}", c.histogram());
}
