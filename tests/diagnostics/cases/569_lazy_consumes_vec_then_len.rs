//! mistake: tokenizer: a lazy form over `tokens` (by value) is expected to leave `tokens` usable, as a Python generator would; `tokens.len()` afterwards
//! offending: tokens.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let src = "Let X be Five";
    let tokens: Vec<String> = src.split(' ').map(String::from).collect();
    // Python: lowered = (t.lower() for t in tokens); print(len(tokens))
    let lowered = comp!((t.to_lowercase() for t in tokens));
    println!("{} tokens", tokens.len());
    let out: Vec<String> = lowered.collect();
    println!("{out:?}");
}
