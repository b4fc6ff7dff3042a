//! mistake: forgot the `in` between the loop pattern and the reference list
//! offending: p.references.iter()
//! category: syntax
use comprehensions::comp;

struct Paper {
    doi: String,
    references: Vec<String>,
}

fn main() {
    let p = Paper { doi: "10.1/survey".into(), references: vec!["10.1/a".into(), "10.1/b".into()] };
    let edges = comp![(p.doi.as_str(), r.as_str()) for r p.references.iter()];
    println!("{edges:?}");
}
