//! mistake: Python's `enumerate(lines)` as a free function
//! offending: enumerate
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["fn main() {", "", "}"];
    let numbered = comp![format!("{:>3} {line}", i + 1) for i, line in enumerate(&lines)];
    println!("{}", numbered.join("\n"));
}
