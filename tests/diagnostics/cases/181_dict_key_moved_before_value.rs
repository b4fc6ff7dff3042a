//! mistake: a dict comprehension whose key moves the loop String and whose value then borrows it, `{name: len(name) for name in names}`
//! offending: name.len()
//! category: ownership
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let names: Vec<String> = vec!["ann".into(), "bob".into()];
    let lengths: HashMap<String, usize> = comp!({name: name.len() for name in names});
    println!("{lengths:?}");
}
