//! mistake: a method returning `HashSet<String>` collects the `&str` words of `self.text`
//! offending: insert(w)
//! category: type
use std::collections::HashSet;

struct Doc {
    text: String,
}

impl Doc {
    fn vocabulary(&self) -> HashSet<String> {
        let mut set: HashSet<String> = HashSet::new();
        for w in self.text.split_whitespace() {
            set.insert(w);
        }
        set
    }
}

fn main() {
    let d = Doc { text: "to be or not to be".to_string() };
    println!("{}", d.vocabulary().len());
}
