//! mistake: Python's `enumerate(gen, 1)` as `.enumerate(1)` on a generator
//! offending: enumerate(1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let tasks = vec!["build", "test", "ship"];
    for (i, t) in comp!((t.to_uppercase() for t in &tasks)).enumerate(1) {
        println!("{i}. {t}");
    }
}
