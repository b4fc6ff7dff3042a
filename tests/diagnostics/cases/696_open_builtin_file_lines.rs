//! mistake: iterates `open(path)` as Python iterates a file's lines
//! offending: open
//! category: python-habit
use comprehensions::comp;

fn main() {
    let path = "todo.txt";
    let todos = comp![line.trim().to_string() for line in open(path) if line.starts_with("- [ ]")];
    println!("{} open items", todos.len());
}
