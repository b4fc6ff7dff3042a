//! mistake: Python's `", ".join(gen)` with the separator as receiver
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn main() {
    let hosts = vec![("db", 5432), ("cache", 6379)];
    let line = ", ".join(comp!((format!("{h}:{p}") for (h, p) in &hosts)));
    println!("{line}");
}
