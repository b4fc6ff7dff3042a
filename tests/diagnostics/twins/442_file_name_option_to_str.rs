//! mistake: `p.file_name().to_str()`: file_name returns an Option, not an OsStr
//! offending: to_str
//! category: type
use std::path::PathBuf;

fn main() {
    let paths = vec![PathBuf::from("/var/log/app.log"), PathBuf::from("/etc/hosts")];
    let mut names = Vec::new();
    for p in &paths {
        if p.extension().is_some() {
            names.push(p.file_name().to_str());
        }
    }
    println!("{names:?}");
}
