//! mistake: rendered each parsed query with Python's `" ".join(terms)`
//! offending: join(&q.terms)
//! category: python-habit
use comprehensions::comp;

struct ParsedQuery {
    terms: Vec<String>,
    boost: f32,
}

fn main() {
    let queries = vec![
        ParsedQuery { terms: vec!["inverted".into(), "index".into()], boost: 1.0 },
        ParsedQuery { terms: vec!["bm25".into()], boost: 2.0 },
    ];
    let rendered: Vec<String> = comp![" ".join(&q.terms) for q in &queries if q.boost > 0.0];
    println!("{rendered:?}");
}
