//! mistake: moved the `title` field out of a paper borrowed by `for p in &papers`
//! offending: p.title
//! category: ownership
struct Paper {
    title: String,
    open_access: bool,
}

fn main() {
    let papers = vec![
        Paper { title: "PLOS Medicine essay".into(), open_access: true },
        Paper { title: "Paywalled review".into(), open_access: false },
    ];
    let mut oa_titles: Vec<String> = Vec::new();
    for p in &papers {
        if p.open_access {
            oa_titles.push(p.title);
        }
    }
    println!("{oa_titles:?} of {}", papers.len());
}
