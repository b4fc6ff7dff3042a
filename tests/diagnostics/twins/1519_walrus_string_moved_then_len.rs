//! mistake: a walrus-bound `String` is moved into the tuple and then borrowed for its length
//! offending: k.len()
//! category: ownership
fn main() {
    let lines = vec!["Alpha", "beta", ""];
    let mut keys = Vec::new();
    for line in &lines {
        let k = line.to_lowercase();
        if !k.is_empty() {
            keys.push((k, k.len()));
        }
    }
    println!("{keys:?}");
}
