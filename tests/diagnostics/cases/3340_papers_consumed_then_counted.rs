//! mistake: iterated `papers` by value, then used `papers` again afterwards
//! offending: papers.len()
//! category: ownership
use comprehensions::comp;

struct Paper {
    doi: String,
    year: u16,
}

fn main() {
    let papers = vec![
        Paper { doi: "10.1103/PhysRevLett.116.061102".into(), year: 2016 },
        Paper { doi: "10.1126/science.1225829".into(), year: 2012 },
    ];
    let dois = comp![p.doi for p in papers if p.year >= 2015];
    println!("{} of {} papers since 2015: {dois:?}", dois.len(), papers.len());
}
