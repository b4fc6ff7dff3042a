//! mistake: passes an owned `String` prefix to `starts_with`, which takes `&str` (or `&String`), not `String`
//! offending: prefix
//! category: type
use comprehensions::comp;

fn main() {
    let prefix = std::env::args().nth(1).unwrap_or_else(|| String::from("--"));
    let args = vec!["--verbose", "file.txt", "--dry-run"];
    let flags = comp![a for a in &args if a.starts_with(prefix)];
    println!("{flags:?}");
}
