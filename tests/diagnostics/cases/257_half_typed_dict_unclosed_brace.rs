//! mistake: a dict comprehension whose inner `{` is closed with `)` (unbalanced brackets)
//! offending: )
//! category: syntax
//! (no twin: rustc's lexer rejects unbalanced brackets before any macro runs, whatever the code around them)
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let m: HashMap<&str, i32> = comp!({k: v for (k, v) in pairs));
    println!("{m:?}");
}
