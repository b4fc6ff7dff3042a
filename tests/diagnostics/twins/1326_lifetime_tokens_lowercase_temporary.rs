//! mistake: a tokenizer holding `&'a str` maps each word to a `&str` borrowed from its temporary lowercase `String`
//! offending: w.to_lowercase()
//! category: ownership
struct Tokenizer<'a> {
    text: &'a str,
}

impl<'a> Tokenizer<'a> {
    fn tokens(&self) -> Vec<&'a str> {
        self.text.split(' ').map(|w| w.to_lowercase().as_str()).collect()
    }
}

fn main() {
    let t = Tokenizer { text: "Hello World" };
    println!("{:?}", t.tokens());
}
