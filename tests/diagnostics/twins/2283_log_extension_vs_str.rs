//! mistake: compared `Path::extension()` (an `Option<&OsStr>`) with `Some("log")`
//! offending: Some("log")
//! category: type
use std::path::PathBuf;

fn main() {
    let entries: Vec<PathBuf> = vec![
        PathBuf::from("/var/log/nginx/access.log"),
        PathBuf::from("/var/log/nginx/access.log.1.gz"),
        PathBuf::from("/var/log/syslog"),
    ];
    let mut logs = Vec::new();
    for p in &entries {
        if p.extension() == Some("log") {
            logs.push(p.display().to_string());
        }
    }
    println!("rotating {logs:?}");
}
