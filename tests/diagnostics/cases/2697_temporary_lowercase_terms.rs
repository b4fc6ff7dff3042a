//! mistake: kept terms borrowed from the temporary `to_lowercase()` String past the statement
//! offending: doc.body.to_lowercase()
//! category: ownership
use comprehensions::comp;

struct Doc {
    body: String,
}

fn main() {
    let doc = Doc { body: "Rust Search Engines Need Good Tokenizers".into() };
    let terms = comp![t for t in doc.body.to_lowercase().split_whitespace() if t.len() > 3];
    println!("{} terms, first {:?}", terms.len(), terms.first());
}
