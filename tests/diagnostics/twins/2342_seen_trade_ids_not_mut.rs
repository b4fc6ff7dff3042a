//! mistake: deduplicated replayed trades with a `seen` set declared without `mut`
//! offending: seen
//! category: ownership
use std::collections::HashSet;

struct Trade {
    exec_id: u64,
    price: f64,
}

fn main() {
    let replayed = vec![
        Trade { exec_id: 9001, price: 10.10 },
        Trade { exec_id: 9002, price: 10.12 },
        Trade { exec_id: 9001, price: 10.10 },
    ];
    let seen = HashSet::new();
    let mut unique = Vec::new();
    for t in &replayed {
        if seen.insert(t.exec_id) {
            unique.push(t.price);
        }
    }
    println!("{unique:?}");
}
