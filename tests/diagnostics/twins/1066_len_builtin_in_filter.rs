//! mistake: Python's len(w) in the filter instead of w.len()
//! offending: len(w)
//! category: python-habit
fn main() {
    let words = vec!["a", "tree", "is", "growing"];
    let mut long = Vec::new();
    for w in &words {
        if len(w) > 3 {
            long.push(w.to_uppercase());
        }
    }
    println!("{long:?}");
}
