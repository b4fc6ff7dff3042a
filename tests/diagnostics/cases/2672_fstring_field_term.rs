//! mistake: built `field:term` query keys with a Python f-string
//! offending: f"{field}:{term}"
//! category: python-habit
use comprehensions::comp;

fn main() {
    let parsed: Vec<(&str, &str)> = vec![("title", "rust"), ("body", "tokenizer"), ("tag", "search")];
    let keys: Vec<String> = comp![f"{field}:{term}" for (field, term) in &parsed];
    println!("{keys:?}");
}
