//! mistake: `for (k, v in pairs` with the tuple pattern's `)` missing (hand-written)
fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let mut keys = Vec::new();
    for (k, v in pairs {
        if v > 1 {
            keys.push(k);
        }
    }
    println!("{keys:?}");
}
