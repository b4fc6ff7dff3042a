//! mistake: put the owned token into the pair first, then called `.len()` on the moved token
//! offending: tok.len()
//! category: ownership
fn main() {
    let tokens: Vec<String> = vec!["transformer".into(), "attention".into(), "is".into()];
    let with_len: Vec<(String, usize)> = tokens.into_iter().map(|tok| (tok, tok.len())).collect();
    println!("{with_len:?}");
}
