//! mistake: `.inspect(..)` on an iterator as a statement, expecting it to print like a Python loop; nothing consumes it
//! offending: lines.iter().map(|s| s.trim()).inspect(|s| println!("{s}"));
//! category: lint
fn main() {
    let lines = vec![" a ".to_string(), " b".to_string()];
    lines.iter().map(|s| s.trim()).inspect(|s| println!("{s}"));
    println!("{}", lines.len());
}
