//! mistake: formatted a citation label with a Python f-string
//! offending: f"{p.first_author} et al. ({p.year})"
//! category: python-habit
use comprehensions::comp;

struct Paper {
    first_author: String,
    year: u16,
}

fn main() {
    let papers = vec![
        Paper { first_author: "Vaswani".into(), year: 2017 },
        Paper { first_author: "Devlin".into(), year: 2019 },
    ];
    let labels: Vec<String> = comp![f"{p.first_author} et al. ({p.year})" for p in &papers];
    println!("{labels:?}");
}
