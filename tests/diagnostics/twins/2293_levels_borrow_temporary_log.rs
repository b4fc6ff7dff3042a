//! mistake: kept `&str` pieces of a log `String` that is a temporary of the statement
//! offending: fetch_journal()
//! category: ownership

fn fetch_journal() -> String {
    // stands in for `journalctl -u app --since today`
    "10:00:01 WARN disk 91% full\n10:00:05 ERROR backup failed\n10:01:00 INFO rotated".to_string()
}

fn main() {
    let levels: Vec<&str> = fetch_journal()
        .lines()
        .map(|l| l.split(' ').nth(1).unwrap_or("?"))
        .collect();
    let errors = levels.iter().filter(|lvl| **lvl == "ERROR").count();
    println!("{errors} errors in {} entries", levels.len());
}
