//! mistake: built a feature-flag dict with Python's capitalised `True` (`{name: True for name in ..}`)
//! offending: True
//! category: python-habit
use std::collections::HashMap;

fn main() {
    let enabled = "color,verbose,json";
    let mut flags = HashMap::new();
    for name in enabled.split(',') {
        flags.insert(name, True);
    }
    println!("{}", flags.len());
}
