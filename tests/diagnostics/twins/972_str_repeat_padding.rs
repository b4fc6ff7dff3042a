//! mistake: Python's string repetition `" " * n` to pad a report column
//! offending: " " * (width - name.len())
//! category: python-habit

fn main() {
    let names = vec!["alice", "bob", "charlotte"];
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 2;
    let mut lines = Vec::new();
    for name in &names {
        lines.push(format!("{}{}|", name, " " * (width - name.len())));
    }
    println!("{}", lines.join("\n"));
}
