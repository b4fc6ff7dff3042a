//! mistake: annotated the loop variable's type in the `for` pattern, as in a Python type hint
//! offending: : &Author
//! category: syntax
struct Author {
    name: String,
    orcid: Option<String>,
}

fn main() {
    let authors = vec![
        Author { name: "Marie Curie".into(), orcid: None },
        Author { name: "Jane Doe".into(), orcid: Some("0000-0002-1825-0097".into()) },
    ];
    let mut with_orcid = Vec::new();
    for a: &Author in &authors {
        if a.orcid.is_some() {
            with_orcid.push(a.name.as_str());
        }
    }
    println!("{with_orcid:?}");
}
