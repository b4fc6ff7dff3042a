//! mistake: used `enumerate`'s `usize` index as a `u16` local slot in the symbol table
//! offending: i
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Local {
    name: String,
}

fn main() {
    let locals = vec![Local { name: "self".into() }, Local { name: "node".into() }, Local { name: "depth".into() }];
    let slots: HashMap<&str, u16> = comp!({l.name.as_str(): i for (i, l) in locals.iter().enumerate()});
    println!("{slots:?}");
}
