//! mistake: Python's `s.isdigit()` on a `&str` (hand-written)
fn main() {
    let tokens = "let x = 42 + y7 * 3".split(' ');
    let numbers: Vec<&str> = tokens.filter(|t| t.isdigit()).collect();
    println!("{numbers:?}");
}
