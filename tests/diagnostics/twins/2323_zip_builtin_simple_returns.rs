//! mistake: paired each close with the next one using Python's `zip(...)` builtin, not in Rust's prelude
//! offending: zip
//! category: python-habit
fn main() {
    let closes = vec![187.2, 189.9, 188.4, 191.0, 192.6];
    let mut returns = Vec::new();
    for (a, b) in zip(&closes, &closes[1..]) {
        returns.push(b / a - 1.0);
    }
    println!("{returns:?}");
}
