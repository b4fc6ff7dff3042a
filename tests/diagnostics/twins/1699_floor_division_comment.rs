//! mistake: Python's floor division `//`, which starts a comment in Rust and swallows the rest of the line
//! offending: //
//! category: syntax
fn main() {
    let xs = vec![7, 8, 9];
    let halves: Vec<i32> = xs.iter().map(|x| x // 2).collect();
    println!("{halves:?}");
}
