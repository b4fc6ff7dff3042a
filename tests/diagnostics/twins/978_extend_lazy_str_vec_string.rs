//! mistake: cleaned tags from a filtered lazy form passed straight to `extend` on a `Vec<String>`, as `&str` (`.to_string()` forgotten)
//! offending: t.trim()
//! category: type

fn main() {
    let mut tags: Vec<String> = vec!["base".to_string()];
    let line = "red, green,,blue";
    tags.extend(line.split(',').filter(|t| !t.trim().is_empty()).map(|t| t.trim()));
    println!("{tags:?}");
}
