//! mistake: `self.stopwords.contains(&w)` with `w: &str` already a reference: a `HashSet<String>` looks up a `&str`, not a `&&str`
//! offending: &w
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

struct Tokenizer {
    stopwords: HashSet<String>,
}

impl Tokenizer {
    fn tokens<'a>(&self, text: &'a str) -> Vec<&'a str> {
        comp![w for w in text.split_whitespace() if !self.stopwords.contains(&w)]
    }
}

fn main() {
    let t = Tokenizer { stopwords: HashSet::from(["the".to_string(), "a".to_string()]) };
    println!("{:?}", t.tokens("the cat sat on a mat"));
}
