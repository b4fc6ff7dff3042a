//! mistake: Python's string concatenation prefix + name with an owned String prefix
//! offending: prefix
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefix = String::from("user_");
    let names = vec!["ann", "bob"];
    let ids = comp![prefix + name for name in &names];
    println!("{ids:?}");
}
