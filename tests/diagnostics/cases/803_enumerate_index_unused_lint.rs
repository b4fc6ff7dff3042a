//! mistake: Python's `for i, name in enumerate(names)` kept while the index is unused
//! offending: (i, name)
//! category: lint
use comprehensions::comp;

fn main() {
    let names = vec!["ann", "bob"];
    let greetings = comp![format!("hi {name}") for (i, name) in names.iter().enumerate()];
    println!("{greetings:?}");
}
