//! mistake: calls an associated function without `self` (Python's @staticmethod) as `self.normalize(w)`
//! offending: normalize(w)
//! category: python-habit
use comprehensions::comp;

struct Tokenizer {
    text: String,
}

impl Tokenizer {
    fn normalize(word: &str) -> String {
        word.trim().to_lowercase()
    }

    fn tokens(&self) -> Vec<String> {
        comp![self.normalize(w) for w in self.text.split(' ')]
    }
}

fn main() {
    let t = Tokenizer { text: "Hello World".into() };
    println!("{:?}", t.tokens());
}
