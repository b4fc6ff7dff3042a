//! mistake: tokenizer: `.collect()` inside the element with no target type, and the result is never annotated
//! offending: collect()
//! category: type
use comprehensions::comp;

fn main() {
    let src = "let x = 1\nprint x";
    // Python: tokens = [line.split() for line in src.splitlines()]
    let tokens = comp![line.split_whitespace().collect() for line in src.lines()];
    println!("{} lines", tokens.len());
}
