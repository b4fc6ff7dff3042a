//! mistake: tested an `Option` with Python's `is None` instead of `.is_none()`
//! offending: is None
//! category: python-habit
struct Entry {
    accession: String,
    description: Option<String>,
}

fn main() {
    let entries = vec![
        Entry { accession: "P04637".to_string(), description: Some("Cellular tumor antigen p53".to_string()) },
        Entry { accession: "Q9XYZ1".to_string(), description: None },
    ];
    let undocumented: Vec<&str> = entries
        .iter()
        .filter(|e| e.description is None)
        .map(|e| e.accession.as_str())
        .collect();
    println!("{undocumented:?}");
}
