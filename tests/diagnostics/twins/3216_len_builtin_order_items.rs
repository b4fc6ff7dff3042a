//! mistake: called Python's `len(..)` builtin on an order's item list
//! offending: len(o.items)
//! category: python-habit
struct Order {
    id: u32,
    items: Vec<String>,
}

fn main() {
    let orders = vec![
        Order { id: 7, items: vec!["ramen".into(), "gyoza".into(), "edamame".into(), "mochi".into()] },
        Order { id: 8, items: vec!["pho".into()] },
    ];
    let mut bulky = Vec::new();
    for o in &orders {
        if len(o.items) > 3 {
            bulky.push(o.id);
        }
    }
    println!("bag split needed for {bulky:?}");
}
