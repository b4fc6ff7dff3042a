//! mistake: Python's s.upper() in a comprehension inside a closure
//! offending: upper
//! category: python-habit
use comprehensions::comp;

fn main() {
    let shout = |words: &[&str]| comp![w.upper() for w in words];
    println!("{:?}", shout(&["hey", "you"]));
}
