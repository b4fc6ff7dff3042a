//! mistake: left out the comma between two fields of a struct literal in the element
//! offending: depth
//! category: syntax
use comprehensions::comp;

#[derive(Debug)]
struct Local {
    name: String,
    depth: u32,
}

fn main() {
    let params = vec!["self", "node", "visitor"];
    let locals = comp![Local { name: p.to_string() depth: 1 } for p in &params];
    println!("{locals:?}");
}
