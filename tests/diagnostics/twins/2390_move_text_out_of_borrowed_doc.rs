//! mistake: took each document's `text` field by value while iterating the corpus by reference
//! offending: doc.text
//! category: ownership
struct Document {
    id: u32,
    text: String,
}

fn main() {
    let corpus = vec![
        Document { id: 1, text: "first doc".into() },
        Document { id: 2, text: "second doc".into() },
    ];
    let texts: Vec<String> = corpus.iter().map(|doc| doc.text).collect();
    println!("{} texts from {} docs, first id {}", texts.len(), corpus.len(), corpus[0].id);
}
