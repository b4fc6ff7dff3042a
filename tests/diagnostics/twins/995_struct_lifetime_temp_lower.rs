//! mistake: config entries borrow from `text.to_lowercase()`, a temporary, and are returned with the input's lifetime
//! offending: text.to_lowercase()
//! category: ownership

#[derive(Debug)]
struct Entry<'a> {
    key: &'a str,
    value: &'a str,
}

fn parse(text: &str) -> Vec<Entry<'_>> {
    text.to_lowercase()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| Entry { key: k.trim(), value: v.trim() })
        .collect()
}

fn main() {
    let entries = parse("Host = A\nPort = 80");
    println!("{entries:?}");
}
