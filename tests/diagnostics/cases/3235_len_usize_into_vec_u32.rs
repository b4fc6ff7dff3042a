//! mistake: collected `.len()` (a `usize`) into a `Vec<u32>` of item counts
//! offending: o.items.len()
//! category: type
use comprehensions::comp;

struct Order {
    id: u32,
    items: Vec<&'static str>,
}

fn main() {
    let orders = vec![Order { id: 1, items: vec!["kebab", "ayran"] }, Order { id: 2, items: vec!["falafel"] }];
    let counts: Vec<u32> = comp![o.items.len() for o in &orders if !o.items.is_empty()];
    println!("{counts:?}");
}
