//! mistake: a conditional dict value whose branches differ: `&str` in one, `None` in the other
//! offending: None
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let raw = vec![("name", "  Ada "), ("email", ""), ("city", " Turin")];
    let cleaned = comp!({k: v.trim() if !v.trim().is_empty() else None for (k, v) in &raw});
    println!("{cleaned:?}");
    let _: &HashMap<_, _> = &cleaned;
}
