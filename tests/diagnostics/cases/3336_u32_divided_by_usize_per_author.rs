//! mistake: divided `u32` citations by a `usize` author count for per-author credit
//! offending: p.citations / p.authors.len()
//! category: type
use comprehensions::comp;

struct Paper {
    doi: String,
    citations: u32,
    authors: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1/multi".into(), citations: 900, authors: vec!["A".into(), "B".into(), "C".into()] },
        Paper { doi: "10.1/solo".into(), citations: 40, authors: vec!["D".into()] },
    ];
    let credit = comp![(p.doi.as_str(), p.citations / p.authors.len()) for p in &papers];
    println!("{credit:?}");
}
