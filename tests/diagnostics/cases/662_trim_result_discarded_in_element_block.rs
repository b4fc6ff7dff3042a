//! mistake: calls line.trim() as a statement in the element's block, as if it stripped in place
//! offending: line.trim()
//! category: lint
use comprehensions::comp;

fn main() {
    let text = "  a \n bb  \n";
    let widths = comp![{ line.trim(); line.len() } for line in text.lines()];
    println!("{widths:?}");
}
