//! mistake: left out `in` between the loop pattern and the iterable
//! offending: tokens.iter().enumerate()
//! category: syntax
fn main() {
    let tokens = vec!["[CLS]", "hello", "world", "[SEP]"];
    let mut positions = Vec::new();
    for (i, t) tokens.iter().enumerate() {
        positions.push((i, t.len()));
    }
    println!("{positions:?}");
}
