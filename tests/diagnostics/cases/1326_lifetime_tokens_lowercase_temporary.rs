//! mistake: a tokenizer holding `&'a str` returns `[w.lower() for w in ...]` as `&str`s borrowed from each temporary lowercase `String`
//! offending: w.to_lowercase()
//! category: ownership
use comprehensions::comp;

struct Tokenizer<'a> {
    text: &'a str,
}

impl<'a> Tokenizer<'a> {
    fn tokens(&self) -> Vec<&'a str> {
        comp![w.to_lowercase().as_str() for w in self.text.split(' ')]
    }
}

fn main() {
    let t = Tokenizer { text: "Hello World" };
    println!("{:?}", t.tokens());
}
