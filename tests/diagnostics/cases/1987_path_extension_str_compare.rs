//! mistake: compared `Path::extension()` (an `Option<&OsStr>`) with `Some("rs")`, as Python's `os.path.splitext(f)[1] == ".rs"` compares strings
//! offending: Some("rs")
//! category: type
use comprehensions::comp;
use std::path::Path;

fn main() {
    let files = ["src/main.rs", "notes.txt", "src/lib.rs"];
    let rust_files: Vec<&str> = comp![f for f in files if Path::new(f).extension() == Some("rs")];
    println!("{rust_files:?}");
}
