//! mistake: an outer `String` put in every tuple of the result, moved on the first item
//! offending: (name, s)
//! category: ownership
fn main() {
    let name = String::from("alice");
    let scores = vec![90, 85, 77];
    let mut rows = Vec::new();
    for s in &scores {
        rows.push((name, s));
    }
    println!("{rows:?}");
}
