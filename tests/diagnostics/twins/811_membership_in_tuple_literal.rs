//! mistake: Python's `ext in ("jpg", "png")` membership test against a tuple literal (Rust: an array)
//! offending: ("jpg", "png").contains(&ext)
use std::path::Path;

fn main() {
    let files = vec!["a.jpg", "b.txt", "c.png"];
    let mut images = Vec::new();
    for f in &files {
        if let Some(ext) = Path::new(f).extension() {
            if ("jpg", "png").contains(&ext) {
                images.push(*f);
            }
        }
    }
    println!("{images:?}");
}
