//! mistake: moved the `title` field out of a paper borrowed by `for p in &papers`
//! offending: p.title
//! category: ownership
use comprehensions::comp;

struct Paper {
    title: String,
    open_access: bool,
}

fn main() {
    let papers = vec![
        Paper { title: "PLOS Medicine essay".into(), open_access: true },
        Paper { title: "Paywalled review".into(), open_access: false },
    ];
    let oa_titles: Vec<String> = comp![p.title for p in &papers if p.open_access];
    println!("{oa_titles:?} of {}", papers.len());
}
