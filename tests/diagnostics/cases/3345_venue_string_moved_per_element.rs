//! mistake: moved the outer `venue` String into every citation record
//! offending: venue
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct CitationRecord {
    doi: String,
    venue: String,
}

fn main() {
    let venue = String::from("NeurIPS 2023");
    let accepted = vec!["10.5555/3666122.1".to_string(), "10.5555/3666122.2".to_string()];
    let records = comp![CitationRecord { doi: d.clone(), venue } for d in &accepted];
    println!("{records:?}");
}
