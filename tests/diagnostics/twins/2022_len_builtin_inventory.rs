//! mistake: counted each inventory's items with Python's `len(..)` builtin
//! offending: len
//! category: python-habit
struct Inventory {
    owner: String,
    items: Vec<String>,
}

fn main() {
    let inventories = vec![
        Inventory { owner: "hero".into(), items: vec!["sword".into(), "potion".into()] },
        Inventory { owner: "merchant".into(), items: vec!["map".into()] },
    ];
    let counts: Vec<(&str, usize)> = inventories
        .iter()
        .map(|inv| (inv.owner.as_str(), len(inv.items)))
        .collect();
    println!("{counts:?}");
}
