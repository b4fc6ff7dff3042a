//! mistake: Python's ", ".join([...]) on a Vec<&String> (Join needs str-like items: &str or String)
fn main() {
    let tags = vec!["rust".to_string(), "py".to_string(), "go".to_string()];
    let line = tags.iter().filter(|t| t.len() > 2).collect::<Vec<_>>().join(", ");
    println!("{line}");
}
