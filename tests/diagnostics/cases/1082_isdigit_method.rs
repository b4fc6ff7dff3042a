//! mistake: Python's c.isdigit() on a char
//! offending: isdigit
//! category: python-habit
use comprehensions::comp;

fn main() {
    let phone = "+1 (555) 010-9999";
    let digits: String = comp!((c for c in phone.chars() if c.isdigit())).collect();
    println!("{digits}");
}
