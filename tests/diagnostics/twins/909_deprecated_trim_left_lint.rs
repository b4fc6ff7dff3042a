//! mistake: the deprecated `trim_left` (Python's `lstrip`) in the loop body
//! offending: trim_left
//! category: lint
fn main() {
    let lines = vec!["  a", "\tb"];
    let mut stripped = Vec::new();
    for l in &lines {
        if !l.is_empty() {
            stripped.push(l.trim_left());
        }
    }
    println!("{stripped:?}");
}
