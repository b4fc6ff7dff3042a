//! mistake: called `.clone()` on each `&Entry` of `&entries` to copy the rows (Python's `copy.copy`), but `Entry` is not `Clone`, so it clones the reference
//! offending: clone()
//! category: lint
use comprehensions::comp;

struct Entry {
    name: String,
}

fn main() {
    let entries = vec![Entry { name: "a.txt".into() }, Entry { name: "b.rs".into() }];
    let copies: Vec<&Entry> = comp![e.clone() for e in &entries];
    println!("{}", copies[0].name);
}
