//! mistake: checked an optional venue with Python's `is not None`
//! offending: is not None
//! category: python-habit
use comprehensions::comp;

struct Paper {
    title: String,
    venue: Option<String>,
}

fn main() {
    let papers = vec![
        Paper { title: "BERT".into(), venue: Some("NAACL".into()) },
        Paper { title: "An unpublished preprint".into(), venue: None },
    ];
    let published = comp![p.title.as_str() for p in &papers if p.venue is not None];
    println!("{published:?}");
}
