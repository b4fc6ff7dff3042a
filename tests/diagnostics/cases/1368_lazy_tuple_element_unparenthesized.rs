//! mistake: a tuple element `i, w` without its parentheses in a generator (Python 3 rejects it too)
//! offending: i, w
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["red", "green", "blue"];
    let numbered = comp!((i, w for (i, w) in words.iter().enumerate()));
    for (i, w) in numbered {
        println!("{i}: {w}");
    }
}
