//! mistake: stored `enumerate`'s `usize` index as the class id of a `HashMap<String, u8>`
//! offending: i for
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let classes = vec!["negative".to_string(), "neutral".to_string(), "positive".to_string()];
    let label_to_id: HashMap<String, u8> = comp!({c.clone(): i for (i, c) in classes.iter().enumerate()});
    println!("{label_to_id:?}");
}
