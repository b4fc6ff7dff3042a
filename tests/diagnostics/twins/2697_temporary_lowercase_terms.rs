//! mistake: kept terms borrowed from the temporary `to_lowercase()` String past the statement
//! offending: doc.body.to_lowercase()
//! category: ownership

struct Doc {
    body: String,
}

fn main() {
    let doc = Doc { body: "Rust Search Engines Need Good Tokenizers".into() };
    let terms: Vec<&str> = doc.body.to_lowercase().split_whitespace().filter(|t| t.len() > 3).collect();
    println!("{} terms, first {:?}", terms.len(), terms.first());
}
