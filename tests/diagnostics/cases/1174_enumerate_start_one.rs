//! mistake: Python's `enumerate(todo, 1)` as `.enumerate(1)`: Rust's `enumerate` takes no start
//! offending: enumerate(1)
//! category: python-habit
use comprehensions::comp;

fn main() {
    let todo = vec!["write", "test", "ship"];
    let lines = comp![format!("{i}. {t}") for (i, t) in todo.iter().enumerate(1)];
    println!("{}", lines.join("\n"));
}
