//! mistake: config entries borrow from `text.to_lowercase()`, a temporary, and are returned with the input's lifetime
//! offending: text.to_lowercase()
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Entry<'a> {
    key: &'a str,
    value: &'a str,
}

fn parse(text: &str) -> Vec<Entry<'_>> {
    comp![Entry { key: k.trim(), value: v.trim() } for line in text.to_lowercase().lines() if let Some((k, v)) = line.split_once('=')]
}

fn main() {
    let entries = parse("Host = A\nPort = 80");
    println!("{entries:?}");
}
