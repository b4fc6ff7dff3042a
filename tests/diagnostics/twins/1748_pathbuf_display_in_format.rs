//! mistake: a `PathBuf` formatted with `{}` in a CLI listing (Python's `f"{path}"`)
//! offending: p
//! category: type
use std::path::PathBuf;

fn main() {
    let files: Vec<(PathBuf, u64)> = vec![(PathBuf::from("src/main.rs"), 812), (PathBuf::from("Cargo.toml"), 240)];
    let mut listing: Vec<String> = Vec::new();
    for (p, size) in &files {
        listing.push(format!("{:<20} {:>6} bytes", p, size));
    }
    println!("{}", listing.join("\n"));
}
