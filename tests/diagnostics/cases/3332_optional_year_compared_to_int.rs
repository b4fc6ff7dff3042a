//! mistake: compared an `Option<u16>` publication year directly with an integer
//! offending: 2010
//! category: type
use comprehensions::comp;

struct Paper {
    title: String,
    year: Option<u16>,
}

fn main() {
    let papers = vec![
        Paper { title: "Word2Vec".into(), year: Some(2013) },
        Paper { title: "Undated tech report".into(), year: None },
    ];
    let modern = comp![p.title.as_str() for p in &papers if p.year > 2010];
    println!("{modern:?}");
}
