//! mistake: `strip_prefix("--")` returns `Option<&str>`, collected as the CLI's `Vec<&str>` of flag names (Python's `a[2:]`)
//! offending: a.strip_prefix("--")
//! category: type

fn main() {
    let args: Vec<String> = vec!["--verbose".to_string(), "--dry-run".to_string()];
    let mut flags: Vec<&str> = Vec::new();
    for a in &args {
        if a.starts_with("--") {
            flags.push(a.strip_prefix("--"));
        }
    }
    println!("{flags:?}");
}
