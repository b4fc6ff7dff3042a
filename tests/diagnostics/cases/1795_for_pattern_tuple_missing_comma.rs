//! mistake: a missing comma in the loop's tuple pattern, `for (name pts) in &board`
//! offending: (name pts)
//! category: syntax
use comprehensions::comp;

fn main() {
    let board = vec![("ann", 30u32), ("bob", 50)];
    let lines = comp![format!("{name}: {pts}") for (name pts) in &board];
    println!("{}", lines.join("\n"));
}
