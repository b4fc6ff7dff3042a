//! mistake: skipped the first author with Python's slice `p.authors[1:]`
//! offending: p.authors[1:]
//! category: python-habit
struct Paper {
    title: String,
    authors: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { title: "ImageNet Classification".into(), authors: vec!["Krizhevsky".into(), "Sutskever".into(), "Hinton".into()] },
        Paper { title: "Dropout".into(), authors: vec!["Srivastava".into(), "Hinton".into()] },
    ];
    let mut coauthors = Vec::new();
    for p in &papers {
        for a in p.authors[1:] {
            coauthors.push((p.title.as_str(), a.as_str()));
        }
    }
    println!("{coauthors:?}");
}
