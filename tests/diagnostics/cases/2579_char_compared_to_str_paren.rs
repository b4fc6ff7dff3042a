//! mistake: compared a `char` from the source with a string literal `"("`
//! offending: c == "("
//! category: type
use comprehensions::comp;

fn main() {
    let src = "(define (square x) (* x x))";
    let opens = comp![i for (i, c) in src.char_indices() if c == "("];
    println!("{opens:?}");
}
