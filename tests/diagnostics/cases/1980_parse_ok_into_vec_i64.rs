//! mistake: translated `int(tok)` as `tok.parse::<i64>().ok()`, an `Option<i64>`, into a `Vec<i64>`
//! offending: tok.parse::<i64>().ok()
//! category: type
use comprehensions::comp;

fn main() {
    let text = "12 7 -3 x 40";
    let nums: Vec<i64> = comp![tok.parse::<i64>().ok() for tok in text.split_whitespace()];
    println!("{nums:?}");
}
