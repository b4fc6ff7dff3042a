//! mistake: skipped the first author with Python's slice `p.authors[1:]`
//! offending: p.authors[1:]
//! category: python-habit
use comprehensions::comp;

struct Paper {
    title: String,
    authors: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { title: "ImageNet Classification".into(), authors: vec!["Krizhevsky".into(), "Sutskever".into(), "Hinton".into()] },
        Paper { title: "Dropout".into(), authors: vec!["Srivastava".into(), "Hinton".into()] },
    ];
    let coauthors = comp![(p.title.as_str(), a.as_str()) for p in &papers for a in p.authors[1:]];
    println!("{coauthors:?}");
}
