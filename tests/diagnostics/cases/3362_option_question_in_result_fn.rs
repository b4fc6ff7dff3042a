//! mistake: used `?` on the `Option` of `authors.first()` in a function returning `Result`
//! offending: ?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
enum BibError {
    NoAuthors(String),
}

struct Paper {
    doi: String,
    authors: Vec<String>,
}

fn first_authors(papers: &[Paper]) -> Result<Vec<&str>, BibError> {
    comp![p.authors.first()?.as_str() for p in papers]
}

fn main() {
    let papers = vec![Paper { doi: "10.1/anon".into(), authors: vec![] }];
    println!("{:?} {}", first_authors(&papers), papers[0].doi);
    let _ = BibError::NoAuthors(String::new());
}
