//! mistake: a list comprehension assigned to a `HashSet` annotation (wanted the `{..}` form)
//! offending: comp![t.trim() for t in tags]
//! category: type
use std::collections::HashSet;

use comprehensions::comp;

fn main() {
    let tags = "rust, python ,rust".split(',');
    let unique: HashSet<&str> = comp![t.trim() for t in tags];
    println!("{}", unique.len());
}
