//! mistake: `self.stopwords.contains(&w)` with `w: &str` already a reference: a `HashSet<String>` looks up a `&str`, not a `&&str`
//! offending: &w
//! category: type
use std::collections::HashSet;

struct Tokenizer {
    stopwords: HashSet<String>,
}

impl Tokenizer {
    fn tokens<'a>(&self, text: &'a str) -> Vec<&'a str> {
        let mut out = Vec::new();
        for w in text.split_whitespace() {
            if !self.stopwords.contains(&w) {
                out.push(w);
            }
        }
        out
    }
}

fn main() {
    let t = Tokenizer { stopwords: HashSet::from(["the".to_string(), "a".to_string()]) };
    println!("{:?}", t.tokens("the cat sat on a mat"));
}
