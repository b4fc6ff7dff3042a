//! mistake: returned `&'a str` words split from `text.to_lowercase()`, a temporary, as Python's `text.lower().split()`
//! offending: text.to_lowercase()
//! category: python-habit
fn keywords<'a>(text: &'a str) -> Vec<&'a str> {
    text.to_lowercase().split_whitespace().filter(|w| w.len() > 3).collect()
}

fn main() {
    println!("{:?}", keywords("The Quick brown FOX jumps"));
}
