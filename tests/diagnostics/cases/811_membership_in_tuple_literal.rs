//! mistake: Python's `ext in ("jpg", "png")` membership test against a tuple literal (Rust: an array)
//! offending: ext in ("jpg", "png")
//! category: python-habit
use comprehensions::comp;
use std::path::Path;

fn main() {
    let files = vec!["a.jpg", "b.txt", "c.png"];
    let images = comp![*f for f in &files if let Some(ext) = Path::new(f).extension() if ext in ("jpg", "png")];
    println!("{images:?}");
}
