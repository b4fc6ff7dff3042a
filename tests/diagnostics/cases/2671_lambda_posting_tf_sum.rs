//! mistake: wrote a Python `lambda` inside the element to sum term frequencies of a posting list
//! offending: lambda p: p.tf
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

struct Posting {
    doc_id: u32,
    tf: u32,
}

fn main() {
    let mut index: HashMap<String, Vec<Posting>> = HashMap::new();
    index.entry("rust".into()).or_default().push(Posting { doc_id: 1, tf: 3 });
    index.entry("rust".into()).or_default().push(Posting { doc_id: 4, tf: 1 });
    index.entry("index".into()).or_default().push(Posting { doc_id: 2, tf: 2 });
    let totals: Vec<(&String, u32)> = comp![(term, plist.iter().map(lambda p: p.tf).sum::<u32>()) for (term, plist) in &index];
    println!("{totals:?} {}", index["rust"][0].doc_id);
}
