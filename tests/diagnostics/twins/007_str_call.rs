//! mistake: Python's `str(n)` to turn a number into a string (hand-written)
fn main() {
    let ids = vec![17, 42, 99];
    let mut keys = Vec::new();
    for id in ids {
        keys.push("user-".to_string() + &str(id));
    }
    println!("{keys:?}");
}
