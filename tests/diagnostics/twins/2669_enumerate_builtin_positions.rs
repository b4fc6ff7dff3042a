//! mistake: called Python's `enumerate(..)` builtin to number token positions
//! offending: enumerate
//! category: python-habit

fn main() {
    let tokens: Vec<&str> = "to be or not to be".split(' ').collect();
    let mut positions: Vec<(usize, &str)> = Vec::new();
    for (pos, tok) in enumerate(tokens.iter()) {
        positions.push((pos, *tok));
    }
    println!("{positions:?}");
}
