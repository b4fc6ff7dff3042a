//! mistake: the loop pattern of a nested display was deleted, `[c for in w.chars()]`
//! offending: in w.chars()
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["ab", "cd"];
    let grid = comp![[c for in w.chars()] for w in &words];
    println!("{grid:?}");
}
