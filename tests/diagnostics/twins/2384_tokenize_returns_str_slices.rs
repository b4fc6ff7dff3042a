//! mistake: returned the `&str` slices of `trim_matches` where the tokenizer promises `Vec<String>`
//! offending: t.trim_matches(|c: char| !c.is_alphanumeric())
//! category: type
fn tokenize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for t in text.split_whitespace() {
        if !t.is_empty() {
            out.push(t.trim_matches(|c: char| !c.is_alphanumeric()));
        }
    }
    out
}

fn main() {
    println!("{:?}", tokenize("Hello, world! (This) is: a test."));
}
