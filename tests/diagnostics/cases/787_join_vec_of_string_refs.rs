//! mistake: Python's ", ".join([...]) on a Vec<&String> (Join needs str-like items: &str or String)
//! offending: join
//! category: type
use comprehensions::comp;

fn main() {
    let tags = vec!["rust".to_string(), "py".to_string(), "go".to_string()];
    let line = comp![t for t in &tags if t.len() > 2].join(", ");
    println!("{line}");
}
