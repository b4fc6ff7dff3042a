//! mistake: collected `.len()` (a `usize`) into a `Vec<u32>` of item counts
//! offending: o.items.len()
//! category: type
struct Order {
    id: u32,
    items: Vec<&'static str>,
}

fn main() {
    let orders = vec![Order { id: 1, items: vec!["kebab", "ayran"] }, Order { id: 2, items: vec!["falafel"] }];
    let mut counts: Vec<u32> = Vec::new();
    for o in &orders {
        if !o.items.is_empty() {
            counts.push(o.items.len());
        }
    }
    println!("{counts:?}");
}
