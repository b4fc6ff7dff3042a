//! mistake: left out the comma between two fields of a citation-edge struct literal
//! offending: to
//! category: syntax
use comprehensions::comp;

#[derive(Debug)]
struct Edge {
    from: String,
    to: String,
}

struct Paper {
    doi: String,
    references: Vec<String>,
}

fn main() {
    let papers = vec![Paper { doi: "10.1/citing".into(), references: vec!["10.1/cited".into()] }];
    let edges = comp![Edge { from: p.doi.clone() to: r.clone() } for p in &papers for r in &p.references];
    println!("{edges:?}");
}
