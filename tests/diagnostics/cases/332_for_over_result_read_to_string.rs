//! mistake: Python's `for line in open(path)` translated as iterating `fs::read_to_string(path)` (a `Result`, one item: the whole file)
//! offending: std::fs::read_to_string("notes.txt")
//! category: lint
use comprehensions::comp;

fn main() {
    // Python: shouting = [line.upper() for line in open("notes.txt")]
    let shouting = comp![line.to_uppercase() for line in std::fs::read_to_string("notes.txt")];
    println!("{shouting:?}");
}
