//! mistake: moving an outer `String` into every element (hand-written)
fn main() {
    let prefix = String::from("img");
    let ids = vec![1, 2, 3];
    let mut keys = Vec::new();
    for id in ids {
        keys.push((prefix, id));
    }
    println!("{keys:?}");
}
