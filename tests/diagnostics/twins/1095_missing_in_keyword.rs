//! mistake: the `in` of a for clause forgotten while typing
//! offending: w words
//! category: syntax
fn main() {
    let words = vec!["red", "green"];
    let mut lens = Vec::new();
    for w words {
        lens.push(w.len());
    }
    println!("{lens:?}");
}
