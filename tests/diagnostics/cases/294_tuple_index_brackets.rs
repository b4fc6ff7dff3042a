//! mistake: Python's `p[0]` to take a tuple's first field
//! offending: p[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let people = vec![("alice", 31), ("bob", 27)];
    // Python: [p[0] for p in people]
    let names = comp![p[0] for p in &people];
    println!("{names:?}");
}
