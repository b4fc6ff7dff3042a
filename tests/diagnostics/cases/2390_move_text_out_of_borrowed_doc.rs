//! mistake: took each document's `text` field by value while iterating the corpus by reference
//! offending: doc.text
//! category: ownership
use comprehensions::comp;

struct Document {
    id: u32,
    text: String,
}

fn main() {
    let corpus = vec![
        Document { id: 1, text: "first doc".into() },
        Document { id: 2, text: "second doc".into() },
    ];
    let texts: Vec<String> = comp![doc.text for doc in &corpus];
    println!("{} texts from {} docs, first id {}", texts.len(), corpus.len(), corpus[0].id);
}
