//! mistake: a `let` clause binds `.as_str()` of a temporary `to_lowercase()` String, then a later clause uses it
//! offending: line.trim().to_lowercase()
//! category: ownership
use comprehensions::comp;

fn main() {
    let lines = vec!["  GET /index ".to_string(), "POST /login".to_string()];
    // Python: [k for line in lines if (k := line.strip().lower()).startswith("get")]
    let gets = comp![key.len() for line in &lines let key = line.trim().to_lowercase().as_str() if key.starts_with("get")];
    println!("{gets:?}");
}
