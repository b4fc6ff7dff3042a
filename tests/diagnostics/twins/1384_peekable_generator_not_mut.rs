//! mistake: a peekable iterator bound without `mut`, then `.next()` and `.peek()` called on it
//! offending: tokens
//! category: ownership
fn main() {
    let src = "1 + 22 + 3";
    let tokens = src.split(' ').filter(|t| !t.is_empty()).peekable();
    while let Some(t) = tokens.next() {
        if tokens.peek() == Some(&"+") {
            println!("{t} then plus");
        }
    }
}
