//! mistake: Python's string repetition `" " * n` to pad a report column
//! offending: " " * (width - name.len())
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["alice", "bob", "charlotte"];
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 2;
    let lines = comp![format!("{}{}|", name, " " * (width - name.len())) for name in &names];
    println!("{}", lines.join("\n"));
}
