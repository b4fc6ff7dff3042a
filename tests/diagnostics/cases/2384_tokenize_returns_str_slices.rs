//! mistake: returned the `&str` slices of `trim_matches` where the tokenizer promises `Vec<String>`
//! offending: t.trim_matches(|c: char| !c.is_alphanumeric())
//! category: type
use comprehensions::comp;

fn tokenize(text: &str) -> Vec<String> {
    comp![t.trim_matches(|c: char| !c.is_alphanumeric()) for t in text.split_whitespace() if !t.is_empty()]
}

fn main() {
    println!("{:?}", tokenize("Hello, world! (This) is: a test."));
}
