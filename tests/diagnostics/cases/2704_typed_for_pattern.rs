//! mistake: annotated the loop variable's type in the `for` pattern, `for d: &Doc in ..`
//! offending: d: &Doc
//! category: syntax
use comprehensions::comp;

struct Doc {
    id: u32,
    body: String,
}

fn main() {
    let docs = vec![Doc { id: 1, body: "rust tokenizer".into() }, Doc { id: 2, body: "cooking".into() }];
    let matching: Vec<u32> = comp![d.id for d: &Doc in &docs if d.body.contains("rust")];
    println!("{matching:?}");
}
