//! mistake: a `let` clause whose binding the element no longer uses
//! offending: norm
//! category: lint
fn main() {
    let tags = vec![" Rust", "PY ", "go"];
    let mut kept = Vec::new();
    for t in &tags {
        let norm = t.trim().to_lowercase();
        if t.len() > 2 {
            kept.push(t.trim());
        }
    }
    println!("{kept:?}");
}
