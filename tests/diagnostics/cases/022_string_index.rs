//! mistake: Python's `name[0]` to take a string's first character
//! offending: name[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let names = vec!["Ada".to_string(), "Grace".to_string()];
    let initials = comp![name[0] for name in &names];
    println!("{initials:?}");
}
