//! mistake: calls an associated function without `self` (Python's @staticmethod) as `self.normalize(w)`
//! offending: normalize(w)
//! category: python-habit
struct Tokenizer {
    text: String,
}

impl Tokenizer {
    fn normalize(word: &str) -> String {
        word.trim().to_lowercase()
    }

    fn tokens(&self) -> Vec<String> {
        self.text.split(' ').map(|w| self.normalize(w)).collect()
    }
}

fn main() {
    let t = Tokenizer { text: "Hello World".into() };
    println!("{:?}", t.tokens());
}
