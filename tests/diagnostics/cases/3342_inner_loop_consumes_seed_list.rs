//! mistake: the inner `for` consumed the seed-DOI list by value on the first outer iteration
//! offending: seeds
//! category: ownership
use comprehensions::comp;

struct Paper {
    doi: String,
    references: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1/p1".into(), references: vec!["10.1/s1".into()] },
        Paper { doi: "10.1/p2".into(), references: vec!["10.1/s2".into(), "10.1/s1".into()] },
    ];
    let seeds: Vec<String> = vec!["10.1/s1".into(), "10.1/s2".into()];
    let edges = comp![(p.doi.as_str(), s.clone()) for p in &papers for s in seeds if p.references.contains(&s)];
    println!("{edges:?}");
}
