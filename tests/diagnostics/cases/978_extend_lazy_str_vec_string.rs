//! mistake: cleaned tags from a filtered lazy form passed straight to `extend` on a `Vec<String>`, as `&str` (`.to_string()` forgotten)
//! offending: t.trim()
//! category: type
use comprehensions::comp;

fn main() {
    let mut tags: Vec<String> = vec!["base".to_string()];
    let line = "red, green,,blue";
    tags.extend(comp!((t.trim() for t in line.split(',') if !t.trim().is_empty())));
    println!("{tags:?}");
}
