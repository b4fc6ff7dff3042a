//! mistake: bumped `citations` on papers iterated by shared reference
//! offending: p.citations += 1
//! category: ownership
use comprehensions::comp;

struct Paper {
    doi: String,
    citations: u32,
}

fn main() {
    let mut papers = vec![
        Paper { doi: "10.1/cited".into(), citations: 10 },
        Paper { doi: "10.1/other".into(), citations: 2 },
    ];
    let new_refs = ["10.1/cited"];
    let touched = comp![{ p.citations += 1; p.doi.clone() } for p in &papers if new_refs.contains(&p.doi.as_str())];
    papers.sort_by_key(|p| p.citations);
    println!("{touched:?}");
}
