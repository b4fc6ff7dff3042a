//! mistake: Python's keyword argument `key=` passed to `max_by_key`
//! offending: key=
//! category: python-habit
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let groups: HashMap<&str, Vec<(&str, u32)>> = HashMap::from([
        ("east", vec![("ann", 91), ("bo", 78)]),
        ("west", vec![("cy", 88)]),
    ]);
    let best = comp!({region: members.iter().max_by_key(key=|m| m.1) for (region, members) in &groups});
    println!("{best:?}");
}
