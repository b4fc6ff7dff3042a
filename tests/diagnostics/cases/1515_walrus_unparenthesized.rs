//! mistake: the walrus written without its parentheses, `if y := x * 2 > 3` (a SyntaxError in Python too)
//! offending: y := x * 2
//! category: syntax
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3, 4];
    let doubled = comp![y for x in &xs if y := x * 2 > 3];
    println!("{doubled:?}");
}
