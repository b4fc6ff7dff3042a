//! mistake: negated the retraction flag with Python's `not`
//! offending: not
//! category: python-habit
struct Paper {
    doi: String,
    retracted: bool,
    citations: u32,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1016/S0140-6736(97)11096-0".into(), retracted: true, citations: 3000 },
        Paper { doi: "10.1056/NEJMoa2034577".into(), retracted: false, citations: 15000 },
    ];
    let total: u32 = papers.iter().filter(|p| not p.retracted).map(|p| p.citations).sum();
    println!("{total} citations across {} papers", papers.len());
    let _ = papers.iter().map(|p| p.doi.len()).sum::<usize>();
}
