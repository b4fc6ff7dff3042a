//! mistake: returned `&'a str` words split from `text.to_lowercase()`, a temporary, as Python's `text.lower().split()`
//! offending: comp![w for w in text.to_lowercase().split_whitespace() if w.len() > 3]
//! category: python-habit
use comprehensions::comp;

fn keywords<'a>(text: &'a str) -> Vec<&'a str> {
    comp![w for w in text.to_lowercase().split_whitespace() if w.len() > 3]
}

fn main() {
    println!("{:?}", keywords("The Quick brown FOX jumps"));
}
