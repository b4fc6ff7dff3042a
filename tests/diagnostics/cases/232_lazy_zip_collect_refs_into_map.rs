//! mistake: zipping two lazy comprehensions into a `HashMap<String, u32>` where the second yields `&u32`
//! offending: collect
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let names = vec!["ann", "bob"];
    let ports: Vec<u32> = vec![8080, 9090];
    // Python: services = dict(zip((n.upper() for n in names), (p for p in ports)))
    let services: HashMap<String, u32> =
        comp!((n.to_uppercase() for n in &names)).zip(comp!((p for p in &ports))).collect();
    println!("{services:?}");
}
