//! mistake: Python's `enumerate(todo, 1)` as `.enumerate(1)` in a loop
//! offending: enumerate(1)
//! category: python-habit

fn main() {
    let todo = vec!["write", "test", "ship"];
    let mut lines = Vec::new();
    for (i, t) in todo.iter().enumerate(1) {
        lines.push(format!("{i}. {t}"));
    }
    println!("{}", lines.join("\n"));
}
