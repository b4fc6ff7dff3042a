//! mistake: `if let n = w.len()` used as a walrus, an irrefutable pattern that never filters
//! offending: let n = w.len()
//! category: lint
fn main() {
    let words = vec!["hi", "there"];
    let mut lens = Vec::new();
    for w in &words {
        if let n = w.len() {
            if n > 2 {
                lens.push((w, n));
            }
        }
    }
    println!("{lens:?}");
}
