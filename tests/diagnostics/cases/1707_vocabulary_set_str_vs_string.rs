//! mistake: a method returning `HashSet<String>` collects the `&str` words of `self.text`
//! offending: {w for
//! category: type
use comprehensions::comp;
use std::collections::HashSet;

struct Doc {
    text: String,
}

impl Doc {
    fn vocabulary(&self) -> HashSet<String> {
        comp!({w for w in self.text.split_whitespace()})
    }
}

fn main() {
    let d = Doc { text: "to be or not to be".to_string() };
    println!("{}", d.vocabulary().len());
}
