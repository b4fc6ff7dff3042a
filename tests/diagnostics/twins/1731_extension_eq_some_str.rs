//! mistake: `p.extension() == Some("toml")` compares an `Option<&OsStr>` with an `Option<&str>` (Python's `p.suffix == ".toml"`)
//! offending: p.extension() == Some("toml")
//! category: type
use std::path::PathBuf;

fn main() {
    let files = vec![PathBuf::from("app.toml"), PathBuf::from("README.md"), PathBuf::from("db.toml")];
    let mut configs = Vec::new();
    for p in &files {
        if p.extension() == Some("toml") {
            configs.push(p.display().to_string());
        }
    }
    println!("{configs:?}");
}
