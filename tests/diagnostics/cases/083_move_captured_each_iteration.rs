//! mistake: moving an outer `String` into every element
//! offending: prefix
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefix = String::from("img");
    let ids = vec![1, 2, 3];
    let keys = comp![(prefix, id) for id in ids];
    println!("{keys:?}");
}
