//! mistake: skipped the newest release with Python's slice `versions[1:]`
//! offending: versions[1:]
//! category: python-habit
fn main() {
    // newest first, as the registry returns them
    let versions: Vec<String> = vec!["2.1.0".into(), "2.0.3".into(), "1.9.9".into()];
    let mut older: Vec<String> = Vec::new();
    for v in versions[1:] {
        older.push(format!("yank {v}"));
    }
    println!("{older:?}");
}
