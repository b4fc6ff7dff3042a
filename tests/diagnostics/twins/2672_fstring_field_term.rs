//! mistake: built `field:term` query keys with a Python f-string
//! offending: f"{field}:{term}"
//! category: python-habit

fn main() {
    let parsed: Vec<(&str, &str)> = vec![("title", "rust"), ("body", "tokenizer"), ("tag", "search")];
    let keys: Vec<String> = parsed.iter().map(|(field, term)| f"{field}:{term}").collect();
    println!("{keys:?}");
}
