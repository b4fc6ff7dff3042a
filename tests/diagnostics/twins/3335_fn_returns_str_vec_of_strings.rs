//! mistake: returned lowercased `String` author names from a function declared `-> Vec<&str>`
//! offending: a.to_lowercase()
//! category: type
struct Paper {
    authors: Vec<String>,
}

fn author_keys(p: &Paper) -> Vec<&str> {
    let mut keys = Vec::new();
    for a in &p.authors {
        keys.push(a.to_lowercase());
    }
    keys
}

fn main() {
    let p = Paper { authors: vec!["Yoshua Bengio".into(), "Aaron Courville".into()] };
    println!("{:?}", author_keys(&p));
}
