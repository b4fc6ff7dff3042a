//! mistake: keyed a `HashMap<String, u32>` index with borrowed `&str` DOIs
//! offending: p.doi.as_str()
//! category: type
use std::collections::HashMap;

struct Paper {
    doi: String,
    citations: u32,
}

fn persist(index: HashMap<String, u32>) {
    println!("{} entries", index.len());
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1093/bioinformatics/btp324".into(), citations: 38000 },
        Paper { doi: "10.1038/nmeth.1923".into(), citations: 41000 },
    ];
    let mut by_doi: HashMap<String, u32> = HashMap::new();
    for p in &papers {
        by_doi.insert(p.doi.as_str(), p.citations);
    }
    persist(by_doi);
}
