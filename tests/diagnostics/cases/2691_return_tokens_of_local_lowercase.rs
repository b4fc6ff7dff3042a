//! mistake: returned `&str` tokens borrowed from a lowercased `String` local to the tokenizer
//! offending: comp![w for w in lowered.split_whitespace() if w.len() > 2]
//! category: ownership
use comprehensions::comp;

struct Doc {
    body: String,
}

fn tokenize(doc: &Doc) -> Vec<&str> {
    let lowered = doc.body.to_lowercase();
    comp![w for w in lowered.split_whitespace() if w.len() > 2]
}

fn main() {
    let doc = Doc { body: "An Inverted Index Maps Terms To Documents".into() };
    println!("{:?}", tokenize(&doc));
}
