//! mistake: returned the lines of a file read inside the function as `Vec<&str>`, borrowing the local `String` (Python returns the list of lines freely)
//! offending: text.lines()
//! category: ownership
use comprehensions::comp;

fn non_comment_lines(path: &str) -> Vec<&str> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    comp![l for l in text.lines() if !l.starts_with('#')]
}

fn main() {
    println!("{:?}", non_comment_lines("/etc/hosts"));
}
