//! mistake: searched a `Vec<&str>` stop-list with a `&String` reference
//! offending: r
//! category: type
struct Paper {
    references: Vec<String>,
}

fn main() {
    let predatory: Vec<&str> = vec!["10.9999/fake.001", "10.9999/fake.002"];
    let paper = Paper { references: vec!["10.9999/fake.001".into(), "10.1038/nature14539".into()] };
    let mut flagged = Vec::new();
    for r in &paper.references {
        if predatory.contains(r) {
            flagged.push(r.as_str());
        }
    }
    println!("{flagged:?}");
}
