//! mistake: Python's s.encode("utf-8") to get a byte length (Rust: s.len() is already bytes, or s.as_bytes())
//! offending: encode
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names: Vec<String> = vec!["José".to_string(), "Zoë".to_string(), "Ann".to_string()];
    // Python: sizes = [len(n.encode("utf-8")) for n in names]
    let sizes: Vec<usize> = comp![n.encode("utf-8").len() for n in &names];
    println!("{:?}", sizes);
}
