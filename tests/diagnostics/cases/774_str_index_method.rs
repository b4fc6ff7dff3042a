//! mistake: Python's s.index(",") to find a position (Rust: find, which returns an Option)
//! offending: index
//! category: python-habit
use comprehensions::comp;

fn main() {
    let lines = vec!["ann,31", "bob,27"];
    let names = comp![&line[..line.index(',')] for line in &lines];
    println!("{names:?}");
}
