//! mistake: the inner `for` iterates an owned `Vec` (`files`) by value, consumed by the first outer iteration (Python lists can be iterated again)
//! offending: files
//! category: python-habit
fn main() {
    let dirs = vec!["src".to_string(), "tests".to_string()];
    let files = vec!["mod.rs".to_string(), "util.rs".to_string()];
    let mut paths = Vec::new();
    for d in &dirs {
        for f in files {
            paths.push(format!("{d}/{f}"));
        }
    }
    println!("{paths:?}");
}
