//! mistake: returned `&str` titles borrowed from a vector local to the function
//! offending: papers.iter().filter(|p| p.year < 2000).map(|p| p.title.as_str()).collect()
//! category: ownership
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
    papers.iter().filter(|p| p.year < 2000).map(|p| p.title.as_str()).collect()
}

fn main() {
    let bib = "A Relational Model of Data|1970\nMapReduce|2004";
    println!("{:?}", classic_titles(bib));
}
