//! mistake: kept `&str` file names borrowed from `PathBuf`s that the comprehension owns and drops
//! offending: p.file_name()
//! category: ownership
use std::path::PathBuf;

fn walk(root: &str) -> Vec<PathBuf> {
    ["nginx/access.log", "nginx/error.log", "auth.log"].iter().map(|f| PathBuf::from(root).join(f)).collect()
}

fn main() {
    let mut names: Vec<&str> = Vec::new();
    for p in walk("/var/log") {
        names.push(p.file_name().unwrap().to_str().unwrap());
    }
    println!("{names:?}");
}
