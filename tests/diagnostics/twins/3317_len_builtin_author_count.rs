//! mistake: called Python's builtin `len(..)` on the author list instead of `.len()`
//! offending: len
//! category: python-habit
struct Paper {
    doi: String,
    authors: Vec<String>,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1126/science.aaa8415".into(), authors: vec!["Open Science Collaboration".into()] },
        Paper { doi: "10.1038/s41586-021-03819-2".into(), authors: vec!["Jumper".into(), "Evans".into(), "Pritzel".into()] },
    ];
    let team_sizes: Vec<(&str, usize)> = papers.iter().map(|p| (p.doi.as_str(), len(&p.authors))).collect();
    println!("{team_sizes:?}");
}
