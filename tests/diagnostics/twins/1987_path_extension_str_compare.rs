//! mistake: compared `Path::extension()` (an `Option<&OsStr>`) with `Some("rs")`, as Python's `os.path.splitext(f)[1] == ".rs"` compares strings
//! offending: Some("rs")
//! category: type
use std::path::Path;

fn main() {
    let files = ["src/main.rs", "notes.txt", "src/lib.rs"];
    let mut rust_files: Vec<&str> = Vec::new();
    for f in files {
        if Path::new(f).extension() == Some("rs") {
            rust_files.push(f);
        }
    }
    println!("{rust_files:?}");
}
