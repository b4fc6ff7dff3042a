//! mistake: summed each author's citations with Python's builtin `sum(...)` over a generator
//! offending: sum
//! category: python-habit
use comprehensions::comp;

struct Paper {
    citations: u32,
}

struct Author {
    name: String,
    papers: Vec<Paper>,
}

fn main() {
    let authors = vec![
        Author { name: "Hinton".into(), papers: vec![Paper { citations: 120 }, Paper { citations: 45 }] },
        Author { name: "LeCun".into(), papers: vec![Paper { citations: 300 }] },
    ];
    let totals = comp![(a.name.as_str(), sum(p.citations for p in &a.papers)) for a in &authors];
    println!("{totals:?}");
}
