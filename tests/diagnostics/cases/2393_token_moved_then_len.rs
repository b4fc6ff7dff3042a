//! mistake: put the owned token into the pair first, then called `.len()` on the moved token
//! offending: tok.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let tokens: Vec<String> = vec!["transformer".into(), "attention".into(), "is".into()];
    let with_len = comp![(tok, tok.len()) for tok in tokens];
    println!("{with_len:?}");
}
