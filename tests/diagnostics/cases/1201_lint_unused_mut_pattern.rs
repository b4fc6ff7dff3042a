//! mistake: writes `for mut line in lines` expecting to modify each line, but the element only reads it
//! offending: mut line
//! category: lint
use comprehensions::comp;

fn main() {
    let lines = vec!["  a ", "b  "];
    let cleaned = comp![line.trim().to_uppercase() for mut line in lines];
    println!("{cleaned:?}");
}
