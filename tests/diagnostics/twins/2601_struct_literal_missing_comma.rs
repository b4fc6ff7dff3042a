//! mistake: left out the comma between two fields of a struct literal in the element
//! offending: depth
//! category: syntax
#[derive(Debug)]
struct Local {
    name: String,
    depth: u32,
}

fn main() {
    let params = vec!["self", "node", "visitor"];
    let mut locals = Vec::new();
    for p in &params {
        locals.push(Local { name: p.to_string() depth: 1 });
    }
    println!("{locals:?}");
}
