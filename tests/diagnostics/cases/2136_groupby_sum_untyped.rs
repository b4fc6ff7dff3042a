//! mistake: a group-by sum with `.sum()` and no type anywhere, the dict only printed
//! offending: sum()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

struct Sale {
    store: &'static str,
    amount: f64,
}

fn main() {
    let sales = vec![
        Sale { store: "north", amount: 12.0 },
        Sale { store: "south", amount: 30.5 },
        Sale { store: "north", amount: 8.25 },
    ];
    let mut by_store: HashMap<&str, Vec<&Sale>> = HashMap::new();
    for s in &sales {
        by_store.entry(s.store).or_default().push(s);
    }
    // Python: revenue = {store: sum(s.amount for s in group) for store, group in by_store.items()}
    let revenue = comp!({store: group.iter().map(|s| s.amount).sum() for (store, group) in &by_store});
    println!("{revenue:?}");
}
