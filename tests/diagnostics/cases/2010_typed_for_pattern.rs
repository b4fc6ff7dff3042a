//! mistake: annotated the loop variable's type in the `for` clause, `for line: &str in ..`, as in a `let` or a Python type hint
//! offending: :
//! category: syntax
use comprehensions::comp;

fn main() {
    let text = "a\nbb\nccc";
    let lens: Vec<usize> = comp![line.len() for line: &str in text.lines()];
    println!("{lens:?}");
}
