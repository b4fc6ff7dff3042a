//! mistake: Python's `" ".join(w.upper() for w in words)` as `.join(" ")` on a lazy comprehension (iterators have no `join`)
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn main() {
    let words = vec!["hello", "world"];
    let title = comp!((w.to_uppercase() for w in &words)).join(" ");
    println!("{title}");
}
