//! mistake: passed an owned `String` DOI to a function taking `&str`
//! offending: doi
//! category: type
fn normalize_doi(doi: &str) -> String {
    doi.trim()
        .trim_start_matches("https://doi.org/")
        .to_ascii_lowercase()
}

fn main() {
    let raw_dois: Vec<String> = vec![
        "https://doi.org/10.1038/NATURE14539".into(),
        "  10.1145/3065386 ".into(),
    ];
    let clean: Vec<String> = raw_dois.into_iter().map(|doi| normalize_doi(doi)).collect();
    println!("{clean:?}");
}
