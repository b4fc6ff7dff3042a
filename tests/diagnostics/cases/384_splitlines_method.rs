//! mistake: Python's str.splitlines() (Rust: str::lines())
//! offending: splitlines
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = String::from("host = a\n\n  port = 80  \n");
    // Python: lines = [l.strip() for l in text.splitlines() if l.strip()]
    let lines: Vec<&str> = comp![l.trim() for l in text.splitlines() if !l.trim().is_empty()];
    println!("{:?}", lines);
}
