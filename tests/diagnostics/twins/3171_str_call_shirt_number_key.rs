//! mistake: converted a shirt number to a string key with Python's `str(..)`
//! offending: str(p.shirt)
//! category: python-habit
use std::collections::HashMap;

struct Player {
    name: String,
    shirt: u8,
}

fn main() {
    let squad = vec![
        Player { name: "Salah".into(), shirt: 11 },
        Player { name: "Van Dijk".into(), shirt: 4 },
    ];
    let mut by_number = HashMap::new();
    for p in &squad {
        by_number.insert(str(p.shirt), p.name.clone());
    }
    println!("{by_number:?}");
}
