//! mistake: a peekable generator bound without `mut`, then `.next()` and `.peek()` called on it
//! offending: tokens
//! category: ownership
use comprehensions::comp;

fn main() {
    let src = "1 + 22 + 3";
    let tokens = comp!((t for t in src.split(' ') if !t.is_empty())).peekable();
    while let Some(t) = tokens.next() {
        if tokens.peek() == Some(&"+") {
            println!("{t} then plus");
        }
    }
}
