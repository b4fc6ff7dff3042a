//! mistake: compared integer citation counts with a floating-point mean
//! offending: mean_citations
//! category: type
use comprehensions::comp;

struct Paper {
    doi: String,
    citations: u32,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1/a".into(), citations: 120 },
        Paper { doi: "10.1/b".into(), citations: 3 },
        Paper { doi: "10.1/c".into(), citations: 48 },
    ];
    let mean_citations = papers.iter().map(|p| p.citations as f64).sum::<f64>() / papers.len() as f64;
    let above_mean = comp![p.doi.as_str() for p in &papers if p.citations > mean_citations];
    println!("{above_mean:?}");
}
