//! mistake: searched a `Vec<&str>` stop-list with a `&String` reference
//! offending: r
//! category: type
use comprehensions::comp;

struct Paper {
    references: Vec<String>,
}

fn main() {
    let predatory: Vec<&str> = vec!["10.9999/fake.001", "10.9999/fake.002"];
    let paper = Paper { references: vec!["10.9999/fake.001".into(), "10.1038/nature14539".into()] };
    let flagged = comp![r.as_str() for r in &paper.references if predatory.contains(r)];
    println!("{flagged:?}");
}
