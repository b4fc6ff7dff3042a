//! mistake: looped `for a in p.authors` over a field of a borrowed paper, moving it
//! offending: p.authors
//! category: ownership
use comprehensions::comp;

struct Paper {
    year: u16,
    authors: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { year: 2014, authors: vec!["Goodfellow".into(), "Bengio".into()] },
        Paper { year: 2015, authors: vec!["He".into(), "Sun".into()] },
    ];
    let active = comp![(a.as_str(), p.year) for p in &papers for a in p.authors];
    println!("{active:?}");
}
