//! mistake: Python's `x in {"yes", "true", "1"}` set-literal membership test in a filter (Rust: ["yes", "true", "1"].contains(&x))
//! offending: in {"yes", "true", "1"}
//! category: python-habit
use comprehensions::comp;

fn main() {
    let flags: Vec<&str> = vec!["YES", "no", "1", "True", "off"];
    // Python: on = [f for f in flags if f.lower() in {"yes", "true", "1"}]
    let on: Vec<&str> = comp![f for f in flags if f.to_lowercase() in {"yes", "true", "1"}];
    println!("{:?}", on);
}
