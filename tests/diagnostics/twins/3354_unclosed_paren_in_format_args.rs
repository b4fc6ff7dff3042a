//! mistake: left a `format!` call's parenthesis unclosed inside the element
//! offending: format!(
//! category: syntax
struct Paper {
    first_author: String,
    year: u16,
}

fn main() {
    let papers = vec![Paper { first_author: "Knuth".into(), year: 1974 }];
    let keys: Vec<String> = papers.iter().map(|p| format!("{}{}", p.first_author.to_lowercase(), p.year).collect();
    println!("{keys:?}");
}
