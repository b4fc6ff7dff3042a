//! mistake: Python's s.lstrip("0") (Rust: trim_start_matches('0'))
fn main() {
    let ids = vec!["0042", "0007", "1200"];
    let mut short = Vec::new();
    for id in ids {
        if !id.is_empty() {
            short.push(id.lstrip("0"));
        }
    }
    println!("{short:?}");
}
