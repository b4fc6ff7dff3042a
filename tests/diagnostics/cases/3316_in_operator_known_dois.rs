//! mistake: tested membership of a reference DOI with Python's `in` operator
//! offending: r in indexed
//! category: python-habit
use comprehensions::comp;
use std::collections::HashSet;

struct Paper {
    doi: String,
    references: Vec<String>,
}

fn main() {
    let paper = Paper {
        doi: "10.48550/arXiv.1706.03762".into(),
        references: vec!["10.1162/neco.1997.9.8.1735".into(), "10.3115/v1/D14-1179".into(), "10.5555/unknown".into()],
    };
    let indexed: HashSet<String> = ["10.1162/neco.1997.9.8.1735".to_string(), "10.3115/v1/D14-1179".to_string()].into();
    let resolvable = comp![r.as_str() for r in &paper.references if r in indexed];
    println!("{}: {resolvable:?}", paper.doi);
}
