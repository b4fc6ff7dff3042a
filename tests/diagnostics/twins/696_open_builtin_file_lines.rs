//! mistake: iterates `open(path)` as Python iterates a file's lines
//! offending: open
//! category: python-habit

fn main() {
    let path = "todo.txt";
    let mut todos = Vec::new();
    for line in open(path) {
        if line.starts_with("- [ ]") {
            todos.push(line.trim().to_string());
        }
    }
    println!("{} open items", todos.len());
}
