//! mistake: called Python's `len(..)` builtin to get the number of terms of a document
//! offending: len(&d.terms)
//! category: python-habit
use comprehensions::comp;

struct Doc {
    id: u32,
    terms: Vec<String>,
}

fn main() {
    let docs = vec![
        Doc { id: 1, terms: vec!["rust".into(), "search".into(), "engine".into()] },
        Doc { id: 2, terms: vec!["inverted".into(), "index".into()] },
    ];
    let lengths: Vec<(u32, usize)> = comp![(d.id, len(&d.terms)) for d in &docs];
    println!("{lengths:?}");
}
