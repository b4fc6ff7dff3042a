//! mistake: returned lowercased `String` author names from a function declared `-> Vec<&str>`
//! offending: a.to_lowercase()
//! category: type
use comprehensions::comp;

struct Paper {
    authors: Vec<String>,
}

fn author_keys(p: &Paper) -> Vec<&str> {
    comp![a.to_lowercase() for a in &p.authors]
}

fn main() {
    let p = Paper { authors: vec!["Yoshua Bengio".into(), "Aaron Courville".into()] };
    println!("{:?}", author_keys(&p));
}
