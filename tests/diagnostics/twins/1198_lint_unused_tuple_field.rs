//! mistake: unpacks `(name, age, city)` in a loop but never uses `age`
//! offending: age
//! category: lint
use std::collections::HashSet;

fn main() {
    let people = vec![("ann".to_string(), 31, "Oslo"), ("bob".to_string(), 42, "Rome")];
    let mut in_oslo = HashSet::new();
    for (name, age, city) in &people {
        if *city == "Oslo" {
            in_oslo.insert(name.as_str());
        }
    }
    println!("{in_oslo:?}");
}
