//! mistake: a set comprehension assigned to a `Vec` annotation (Python's `list({..})` dedupe habit)
//! offending: comp!({t for t in raw})
//! category: type
use comprehensions::comp;

fn main() {
    let raw = ["rust", "python", "rust"];
    // Python: tags = list({t for t in raw})
    let tags: Vec<&str> = comp!({t for t in raw});
    println!("{tags:?}");
}
