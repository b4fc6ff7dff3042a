//! mistake: counted each inventory's items with Python's `len(..)` builtin
//! offending: len
//! category: python-habit
use comprehensions::comp;

struct Inventory {
    owner: String,
    items: Vec<String>,
}

fn main() {
    let inventories = vec![
        Inventory { owner: "hero".into(), items: vec!["sword".into(), "potion".into()] },
        Inventory { owner: "merchant".into(), items: vec!["map".into()] },
    ];
    let counts = comp![(inv.owner.as_str(), len(inv.items)) for inv in &inventories];
    println!("{counts:?}");
}
