//! mistake: a Python `lambda t: ..` passed as a normalizer argument
//! offending: lambda t: t.to_lowercase()
//! category: syntax
struct User {
    tags: Vec<String>,
}

fn normalize(tags: &[String], f: impl Fn(&String) -> String) -> Vec<String> {
    tags.iter().map(f).collect()
}

fn main() {
    let users = vec![User { tags: vec!["Admin".into(), "Beta".into()] }];
    let tags: Vec<Vec<String>> = users.iter().map(|u| normalize(&u.tags, lambda t: t.to_lowercase())).collect();
    println!("{tags:?}");
}
