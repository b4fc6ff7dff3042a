//! mistake: Python's `enumerate(it, 1)` as `.enumerate(1)` on an iterator
//! offending: enumerate(1)
//! category: python-habit
fn main() {
    let tasks = vec!["build", "test", "ship"];
    for (i, t) in tasks.iter().map(|t| t.to_uppercase()).enumerate(1) {
        println!("{i}. {t}");
    }
}
