//! mistake: compared an `Option<u16>` publication year directly with an integer
//! offending: 2010
//! category: type
struct Paper {
    title: String,
    year: Option<u16>,
}

fn main() {
    let papers = vec![
        Paper { title: "Word2Vec".into(), year: Some(2013) },
        Paper { title: "Undated tech report".into(), year: None },
    ];
    let mut modern = Vec::new();
    for p in &papers {
        if p.year > 2010 {
            modern.push(p.title.as_str());
        }
    }
    println!("{modern:?}");
}
