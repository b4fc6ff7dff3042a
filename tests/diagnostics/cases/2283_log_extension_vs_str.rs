//! mistake: compared `Path::extension()` (an `Option<&OsStr>`) with `Some("log")`
//! offending: Some("log")
//! category: type
use comprehensions::comp;
use std::path::PathBuf;

fn main() {
    let entries: Vec<PathBuf> = vec![
        PathBuf::from("/var/log/nginx/access.log"),
        PathBuf::from("/var/log/nginx/access.log.1.gz"),
        PathBuf::from("/var/log/syslog"),
    ];
    let logs = comp![p.display().to_string() for p in &entries if p.extension() == Some("log")];
    println!("rotating {logs:?}");
}
