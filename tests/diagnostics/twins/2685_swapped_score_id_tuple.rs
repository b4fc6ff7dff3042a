//! mistake: built `(score, doc_id)` tuples where the ranking is typed `Vec<(u32, f64)>`
//! offending: (score(d, &query), d.id)
//! category: type

struct Doc {
    id: u32,
    body: String,
}

fn score(doc: &Doc, query: &[&str]) -> f64 {
    query.iter().filter(|t| doc.body.contains(**t)).count() as f64 / query.len() as f64
}

fn main() {
    let docs = vec![
        Doc { id: 1, body: "rust search engine".into() },
        Doc { id: 2, body: "python web framework".into() },
    ];
    let query = vec!["rust", "search"];
    let mut ranked: Vec<(u32, f64)> = Vec::new();
    for d in &docs {
        ranked.push((score(d, &query), d.id));
    }
    println!("{ranked:?}");
}
