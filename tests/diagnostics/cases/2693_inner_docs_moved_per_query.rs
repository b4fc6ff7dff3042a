//! mistake: iterated the document list by value in the inner loop, once per query
//! offending: for d in docs
//! category: ownership
use comprehensions::comp;

struct Query {
    id: u32,
    term: String,
}

struct Doc {
    id: u32,
    body: String,
}

fn matches(q: &Query, d: &Doc) -> bool {
    d.body.contains(q.term.as_str())
}

fn main() {
    let queries = vec![Query { id: 10, term: "rust".into() }, Query { id: 11, term: "index".into() }];
    let docs = vec![Doc { id: 1, body: "rust index".into() }, Doc { id: 2, body: "index only".into() }];
    let pairs: Vec<(u32, u32)> = comp![(q.id, d.id) for q in &queries for d in docs if matches(q, &d)];
    println!("{pairs:?}");
}
