//! mistake: tokenizer: inner `.collect()` with no target type (hand-written)
fn main() {
    let src = "let x = 1\nprint x";
    let tokens: Vec<_> = src.lines().map(|line| line.split_whitespace().collect()).collect();
    println!("{} lines", tokens.len());
}
