//! mistake: Python's s.upper() on a &str (Rust: to_uppercase())
fn main() {
    let codes = vec!["us", "fr", "de"];
    let mut labels: Vec<String> = Vec::new();
    for c in &codes {
        labels.push(c.upper());
    }
    println!("{labels:?}");
}
