//! mistake: wrote `=` instead of `==` when filtering papers by year
//! offending: p.year = 2020
//! category: syntax
struct Paper {
    title: String,
    year: u16,
}

fn main() {
    let papers = vec![
        Paper { title: "GPT-3".into(), year: 2020 },
        Paper { title: "AlphaFold 2".into(), year: 2021 },
    ];
    let mut covid_era = Vec::new();
    for p in &papers {
        if p.year = 2020 {
            covid_era.push(p.title.as_str());
        }
    }
    println!("{covid_era:?}");
}
