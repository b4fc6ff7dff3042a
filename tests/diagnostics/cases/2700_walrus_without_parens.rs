//! mistake: wrote the walrus in a filter without its parentheses, `if s := score(..) > 0.5`
//! offending: s := score(d, &query) > 0.5
//! category: syntax
use comprehensions::comp;

struct Doc {
    id: u32,
    body: String,
}

fn score(doc: &Doc, query: &[&str]) -> f64 {
    query.iter().filter(|t| doc.body.contains(**t)).count() as f64 / query.len() as f64
}

fn main() {
    let docs = vec![Doc { id: 1, body: "rust search engine".into() }, Doc { id: 2, body: "gardening".into() }];
    let query = vec!["rust", "search"];
    let ranked: Vec<(u32, f64)> = comp![(d.id, s) for d in &docs if s := score(d, &query) > 0.5];
    println!("{ranked:?}");
}
