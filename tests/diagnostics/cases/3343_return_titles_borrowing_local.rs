//! mistake: returned `&str` titles borrowed from a vector local to the function
//! offending: comp![p.title.as_str() for p in &papers if p.year < 2000]
//! category: ownership
use comprehensions::comp;

struct Paper {
    title: String,
    year: u16,
}

fn load_papers(source: &str) -> Vec<Paper> {
    source
        .lines()
        .filter_map(|l| l.split_once('|'))
        .map(|(t, y)| Paper { title: t.to_string(), year: y.parse().unwrap_or(0) })
        .collect()
}

fn classic_titles(source: &str) -> Vec<&str> {
    let papers = load_papers(source);
    comp![p.title.as_str() for p in &papers if p.year < 2000]
}

fn main() {
    let bib = "A Relational Model of Data|1970\nMapReduce|2004";
    println!("{:?}", classic_titles(bib));
}
