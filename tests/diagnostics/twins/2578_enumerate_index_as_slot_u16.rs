//! mistake: used `enumerate`'s `usize` index as a `u16` local slot in the symbol table
//! offending: i
//! category: type
use std::collections::HashMap;

struct Local {
    name: String,
}

fn main() {
    let locals = vec![Local { name: "self".into() }, Local { name: "node".into() }, Local { name: "depth".into() }];
    let mut slots: HashMap<&str, u16> = HashMap::new();
    for (i, l) in locals.iter().enumerate() {
        slots.insert(l.name.as_str(), i);
    }
    println!("{slots:?}");
}
