//! mistake: stored `enumerate`'s `usize` index as the class id of a `HashMap<String, u8>`
//! offending: i)
//! category: type
use std::collections::HashMap;

fn main() {
    let classes = vec!["negative".to_string(), "neutral".to_string(), "positive".to_string()];
    let mut label_to_id: HashMap<String, u8> = HashMap::new();
    for (i, c) in classes.iter().enumerate() {
        label_to_id.insert(c.clone(), i);
    }
    println!("{label_to_id:?}");
}
