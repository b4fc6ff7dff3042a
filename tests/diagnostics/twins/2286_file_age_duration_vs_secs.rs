//! mistake: compared a `Duration` file age with a plain number of seconds
//! offending: MAX_AGE_SECS
//! category: type
use std::time::{Duration, SystemTime};

const MAX_AGE_SECS: u64 = 7 * 24 * 3600;

struct Entry {
    path: String,
    modified: SystemTime,
}

fn main() {
    let now = SystemTime::now();
    let files = vec![
        Entry { path: "/var/backups/db-0401.tar.gz".into(), modified: now - Duration::from_secs(30 * 24 * 3600) },
        Entry { path: "/var/backups/db-0430.tar.gz".into(), modified: now - Duration::from_secs(3600) },
    ];
    let stale: Vec<&str> = files
        .iter()
        .filter(|e| now.duration_since(e.modified).unwrap_or_default() > MAX_AGE_SECS)
        .map(|e| e.path.as_str())
        .collect();
    println!("would delete {stale:?}");
}
