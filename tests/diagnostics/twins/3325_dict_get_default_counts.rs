//! mistake: looked up a citation count with Python's `dict.get(key, default)`
//! offending: cite_counts.get(&p.doi, 0)
//! category: python-habit
use std::collections::HashMap;

struct Paper {
    doi: String,
    title: String,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1145/2939672.2939785".into(), title: "XGBoost".into() },
        Paper { doi: "10.1145/0000000.0000000".into(), title: "Uncited workshop note".into() },
    ];
    let cite_counts: HashMap<String, u32> = [("10.1145/2939672.2939785".to_string(), 31000)].into();
    let mut report = Vec::new();
    for p in &papers {
        report.push((p.title.as_str(), cite_counts.get(&p.doi, 0)));
    }
    println!("{report:?}");
}
