//! mistake: a conditional dict value whose branches differ: `&str` in one, `None` in the other
//! offending: None
//! category: type
use std::collections::HashMap;

fn main() {
    let raw = vec![("name", "  Ada "), ("email", ""), ("city", " Turin")];
    let mut cleaned = HashMap::new();
    for (k, v) in &raw {
        cleaned.insert(k, if !v.trim().is_empty() { v.trim() } else { None });
    }
    println!("{cleaned:?}");
    let _: &HashMap<_, _> = &cleaned;
}
