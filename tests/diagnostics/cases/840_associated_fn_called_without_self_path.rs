//! mistake: calls a sibling associated function by its bare name, `normalize(w)`, instead of `Self::normalize(w)`
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
        comp![normalize(w) for w in self.text.split(' ')]
    }
}

fn main() {
    let t = Tokenizer { text: "Hello World".into() };
    println!("{:?}", t.tokens());
}
