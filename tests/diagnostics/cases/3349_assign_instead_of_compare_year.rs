//! mistake: wrote `=` instead of `==` when filtering papers by year
//! offending: p.year = 2020
//! category: syntax
use comprehensions::comp;

struct Paper {
    title: String,
    year: u16,
}

fn main() {
    let papers = vec![
        Paper { title: "GPT-3".into(), year: 2020 },
        Paper { title: "AlphaFold 2".into(), year: 2021 },
    ];
    let covid_era = comp![p.title.as_str() for p in &papers if p.year = 2020];
    println!("{covid_era:?}");
}
