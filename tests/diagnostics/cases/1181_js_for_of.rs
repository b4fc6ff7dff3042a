//! mistake: JavaScript's `for s of names` inside the comprehension instead of `for s in names`
//! offending: of
//! category: syntax
use comprehensions::comp;

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let lens = comp![s.len() for s of &names];
    println!("{lens:?}");
}
