//! mistake: Python's True/False in a conditional element
//! offending: True
//! category: python-habit
use comprehensions::comp;

fn main() {
    let temps = vec![18, 25, 31];
    let hot = comp![True if t > 24 else False for t in temps];
    println!("{hot:?}");
}
