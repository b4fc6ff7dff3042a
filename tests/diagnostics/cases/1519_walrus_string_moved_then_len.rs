//! mistake: a walrus-bound `String` is moved into the tuple and then borrowed for its length
//! offending: k.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let lines = vec!["Alpha", "beta", ""];
    let keys = comp![(k, k.len()) for line in &lines if !(k := line.to_lowercase()).is_empty()];
    println!("{keys:?}");
}
