//! mistake: skips the program name with `std::env::args()[1..]`, Python's `sys.argv[1:]`; `Args` is an iterator and cannot be sliced
//! offending: std::env::args()[1..]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let files = comp![a for a in std::env::args()[1..] if !a.starts_with('-')];
    println!("{files:?}");
}
