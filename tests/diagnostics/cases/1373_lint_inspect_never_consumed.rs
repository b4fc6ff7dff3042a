//! mistake: `.inspect(..)` on a generator as a statement, expecting it to print like a Python loop; nothing consumes it
//! offending: comp!((s.trim() for s in &lines)).inspect(|s| println!("{s}"));
//! category: lint
use comprehensions::comp;

fn main() {
    let lines = vec![" a ".to_string(), " b".to_string()];
    comp!((s.trim() for s in &lines)).inspect(|s| println!("{s}"));
    println!("{}", lines.len());
}
