//! mistake: Python's `zip(names, scores)` as `names.zip(scores)` on a `Vec`, which is not an iterator
//! offending: zip
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let scores = vec![9, 7];
    let table = comp!({n: s for (n, s) in names.zip(scores)});
    println!("{table:?}");
}
