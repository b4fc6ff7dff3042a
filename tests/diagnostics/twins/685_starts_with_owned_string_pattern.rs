//! mistake: passes an owned `String` prefix to `starts_with`, which takes `&str` (or `&String`), not `String`
//! offending: prefix
//! category: type

fn main() {
    let prefix = std::env::args().nth(1).unwrap_or_else(|| String::from("--"));
    let args = vec!["--verbose", "file.txt", "--dry-run"];
    let mut flags = Vec::new();
    for a in &args {
        if a.starts_with(prefix) {
            flags.push(a);
        }
    }
    println!("{flags:?}");
}
