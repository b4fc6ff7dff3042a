//! mistake: annotated the loop variable's type in the `for` pattern, `for d: &Doc in ..`
//! offending: d: &Doc
//! category: syntax

struct Doc {
    id: u32,
    body: String,
}

fn main() {
    let docs = vec![Doc { id: 1, body: "rust tokenizer".into() }, Doc { id: 2, body: "cooking".into() }];
    let mut matching: Vec<u32> = Vec::new();
    for d: &Doc in &docs {
        if d.body.contains("rust") {
            matching.push(d.id);
        }
    }
    println!("{matching:?}");
}
