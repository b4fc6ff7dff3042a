//! mistake: Python's `{c: {i.name for i in items if i.cat == c} for c in cats}` kept, with the value annotated `Vec` (a nested set where a list is expected)
//! offending: names
//! category: type
use std::collections::{HashMap, HashSet};

struct Item {
    name: &'static str,
    cat: &'static str,
}

fn main() {
    let items = vec![
        Item { name: "apple", cat: "fruit" },
        Item { name: "leek", cat: "veg" },
        Item { name: "pear", cat: "fruit" },
    ];
    let cats = vec!["fruit", "veg"];
    let mut by_cat: HashMap<&str, Vec<&str>> = HashMap::new();
    for c in cats {
        let mut names = HashSet::new();
        for i in &items {
            if i.cat == c {
                names.insert(i.name);
            }
        }
        by_cat.insert(c, names);
    }
    println!("{by_cat:?}");
}
