//! mistake: Python's floor division `//`, which starts a comment in Rust and swallows the rest of the line
//! offending: //
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![7, 8, 9];
    let halves = comp![x // 2 for x in &xs];
    println!("{halves:?}");
}
