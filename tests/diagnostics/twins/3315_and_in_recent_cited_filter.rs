//! mistake: used Python's `and` to combine two filter conditions on papers
//! offending: and
//! category: python-habit
struct Paper {
    doi: String,
    title: String,
    year: u16,
    citations: u32,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1145/3290605".into(), title: "Attention Is Not Explanation".into(), year: 2019, citations: 812 },
        Paper { doi: "10.1038/nature14539".into(), title: "Deep learning".into(), year: 2015, citations: 54012 },
        Paper { doi: "10.1109/5.726791".into(), title: "Gradient-based learning".into(), year: 1998, citations: 40021 },
    ];
    let recent_hits: Vec<&String> = papers
        .iter()
        .filter(|p| p.year >= 2015 and p.citations > 500)
        .map(|p| &p.title)
        .collect();
    println!("{recent_hits:?} ({} papers)", papers.len());
    let _ = papers.iter().map(|p| &p.doi).count();
}
