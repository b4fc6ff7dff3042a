//! mistake: left out `in` between the loop pattern and the iterable
//! offending: tokens.iter().enumerate()
//! category: syntax
use comprehensions::comp;

fn main() {
    let tokens = vec!["[CLS]", "hello", "world", "[SEP]"];
    let positions = comp![(i, t.len()) for (i, t) tokens.iter().enumerate()];
    println!("{positions:?}");
}
