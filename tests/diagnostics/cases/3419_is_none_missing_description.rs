//! mistake: tested an `Option` with Python's `is None` instead of `.is_none()`
//! offending: is None
//! category: python-habit
use comprehensions::comp;

struct Entry {
    accession: String,
    description: Option<String>,
}

fn main() {
    let entries = vec![
        Entry { accession: "P04637".to_string(), description: Some("Cellular tumor antigen p53".to_string()) },
        Entry { accession: "Q9XYZ1".to_string(), description: None },
    ];
    let undocumented = comp![e.accession.as_str() for e in &entries if e.description is None];
    println!("{undocumented:?}");
}
