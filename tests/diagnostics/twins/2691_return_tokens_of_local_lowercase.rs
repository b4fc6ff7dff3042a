//! mistake: returned `&str` tokens borrowed from a lowercased `String` local to the tokenizer
//! offending: lowered.split_whitespace().filter(|w| w.len() > 2).collect()
//! category: ownership

struct Doc {
    body: String,
}

fn tokenize(doc: &Doc) -> Vec<&str> {
    let lowered = doc.body.to_lowercase();
    lowered.split_whitespace().filter(|w| w.len() > 2).collect()
}

fn main() {
    let doc = Doc { body: "An Inverted Index Maps Terms To Documents".into() };
    println!("{:?}", tokenize(&doc));
}
