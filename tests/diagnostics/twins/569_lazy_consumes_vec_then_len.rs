//! mistake: tokenizer: `into_iter()` adapter consumes `tokens`, then `tokens.len()` (hand-written)
fn main() {
    let src = "Let X be Five";
    let tokens: Vec<String> = src.split(' ').map(String::from).collect();
    let lowered = tokens.into_iter().map(|t| t.to_lowercase());
    println!("{} tokens", tokens.len());
    let out: Vec<String> = lowered.collect();
    println!("{out:?}");
}
