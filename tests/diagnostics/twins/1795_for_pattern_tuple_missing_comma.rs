//! mistake: a missing comma in the loop's tuple pattern, `for (name pts) in &board`
//! offending: (name pts)
//! category: syntax

fn main() {
    let board = vec![("ann", 30u32), ("bob", 50)];
    let mut lines = Vec::new();
    for (name pts) in &board {
        lines.push(format!("{name}: {pts}"));
    }
    println!("{}", lines.join("\n"));
}
